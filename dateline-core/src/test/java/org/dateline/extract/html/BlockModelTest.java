package org.dateline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockModelTest {
    /** Examples labelled by a rule on two of three features: x0 > 0.6 or (x1 > 0.5 and x2 < 0.3). */
    private static List<double[]> examples(int n, long seed) {
        Random random = new Random(seed);
        List<double[]> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x.add(new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()});
        }
        return x;
    }

    private static int label(double[] x) {
        return x[0] > 0.6 || (x[1] > 0.5 && x[2] < 0.3) ? 1 : 0;
    }

    @Test
    void boostedTreesLearnARuleTheyWereNotToldAndApplyItToNewExamples() {
        List<double[]> train = examples(4000, 1);
        BlockModel model = BlockModel.train(train, train.stream().mapToInt(BlockModelTest::label).toArray(), 60, 3, 0.3);

        List<double[]> test = examples(1000, 2);
        long right = test.stream().filter(x -> (model.probability(x) >= 0.5 ? 1 : 0) == label(x)).count();
        assertThat(right).isGreaterThan(950);
        assertThat(model.features()).isEqualTo(3);
    }

    @Test
    void aWrittenModelReadsBackToTheSameProbabilities() throws IOException {
        List<double[]> train = examples(2000, 3);
        BlockModel model = BlockModel.train(train, train.stream().mapToInt(BlockModelTest::label).toArray(), 20, 4, 0.2);
        StringWriter text = new StringWriter();
        model.write(text);

        BlockModel read = BlockModel.read(new StringReader(text.toString()));

        for (double[] x : examples(200, 4)) {
            assertThat(read.probability(x)).isCloseTo(model.probability(x), org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void aLeafAboveTheBottomEndsTheWalkOfItsTree() throws IOException {
        // four trees: x0 <= 0.5 gives 1 at once, else x1 <= 0.5 gives 2, else 3; a fifth is a single leaf of 0.5
        String tree = "0:0.5 =1.0 1:0.5 =0.0 =0.0 =2.0 =3.0\n";
        BlockModel model = BlockModel.read(new StringReader("dateline-block-model 2 5 -1.0\n" + tree + tree + tree + tree
                + "=0.5 =0.0 =0.0 =0.0 =0.0 =0.0 =0.0\n"));

        assertThat(model.probability(new double[] {0.2, 0.9})).isEqualTo(sigmoid(-1 + 4 * 1.0 + 0.5));
        assertThat(model.probability(new double[] {0.7, 0.2})).isEqualTo(sigmoid(-1 + 4 * 2.0 + 0.5));
        assertThat(model.probability(new double[] {0.7, 0.9})).isEqualTo(sigmoid(-1 + 4 * 3.0 + 0.5));
    }

    private static double sigmoid(double sum) {
        return 1 / (1 + Math.exp(-sum));
    }

    @Test
    void aFileThatIsNotAModelIsRefused() {
        assertThatThrownBy(() -> BlockModel.read(new StringReader("hello\n"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> BlockModel.read(new StringReader("dateline-block-model 3 2 0.0\n=0.1\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("ends after 1 of 2");
        assertThatThrownBy(() -> BlockModel.read(new StringReader("dateline-block-model 3 2 0.0\n0:0.5 =0.1 =0.2\n=0.1\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("tree 1 of the block model has 1 nodes, the first 3");
    }

    @Test
    void theBundledModelReadsEveryFeatureTheExtractorGives() {
        BlockModel bundled = BlockModel.bundled();

        assertThat(bundled).isNotNull();
        assertThat(bundled.features()).isEqualTo(BlockFeatures.COUNT);
        List<HtmlExtractor.BlockSample> samples = new HtmlExtractor().samples(Jsoup.parse(
                "<article><p>One paragraph of an article, long enough to read as prose in the page.</p></article>"));
        assertThat(samples).isNotEmpty().allSatisfy(s -> assertThat(s.features()).hasSize(bundled.features()));
    }
}
