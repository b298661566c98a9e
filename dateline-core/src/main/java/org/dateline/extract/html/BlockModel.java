package org.dateline.extract.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A learned block classifier: gradient-boosted regression trees on logistic loss over the block
 * features of {@link BlockFeatures}, giving the probability that a block is article text.
 *
 * <p>The model file is plain text: a header line {@code dateline-block-model <features> <trees>
 * <bias>}, then one line per tree listing its nodes in breadth-first order, each
 * {@code feature:threshold} for a split or {@code =value} for a leaf. Trees are complete binary
 * trees of a fixed depth (a leaf that stopped early repeats down), so node {@code i} has children
 * {@code 2i+1} (feature value at most the threshold) and {@code 2i+2}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BlockModel {
    private static final String MAGIC = "dateline-block-model";
    private static final String RESOURCE = "block-model.txt";
    private static final int MIN_LEAF = 20;

    private final int features;
    private final double bias;
    /** The nodes of one tree; tree {@code t} is at {@code [t * nodes, (t + 1) * nodes)} of the arrays below. */
    private final int nodes;
    /** Per node of every tree, as read and written: the split feature, -1 at a leaf. */
    private final int[] splitFeature;
    /** Per node of every tree, as read and written: the split threshold, or the leaf value. */
    private final double[] splitValue;
    /** The number of splits from the root to the bottom leaves. */
    private final int depth;
    /**
     * The trees for {@link #probability}, complete down to the bottom: a leaf that stopped early is
     * a split whose bottom leaves all hold its value, so that every path has {@link #depth} splits.
     * Per split of every tree ({@code 2^depth - 1} a tree), its feature and threshold; per bottom
     * leaf of every tree ({@code 2^depth} a tree), its value.
     */
    private final int[] fullFeature;
    private final double[] fullThreshold;
    private final double[] fullLeaf;

    private BlockModel(int features, double bias, int[][] splitFeature, double[][] splitValue) {
        this.features = features;
        this.bias = bias;
        this.nodes = splitFeature.length == 0 ? 0 : splitFeature[0].length;
        this.splitFeature = new int[splitFeature.length * nodes];
        this.splitValue = new double[splitFeature.length * nodes];
        for (int t = 0; t < splitFeature.length; t++) {
            System.arraycopy(splitFeature[t], 0, this.splitFeature, t * nodes, nodes);
            System.arraycopy(splitValue[t], 0, this.splitValue, t * nodes, nodes);
        }
        this.depth = Integer.numberOfTrailingZeros(nodes + 1) - 1;
        int splits = (1 << depth) - 1;
        int leaves = 1 << depth;
        this.fullFeature = new int[splitFeature.length * splits];
        this.fullThreshold = new double[splitFeature.length * splits];
        this.fullLeaf = new double[splitFeature.length * leaves];
        for (int t = 0; t < splitFeature.length; t++) {
            int[] f = splitFeature[t].clone();
            double[] v = splitValue[t].clone();
            for (int id = 0; id < splits; id++) {
                if (f[id] < 0) {
                    // a leaf above the bottom: both ways lead to its value
                    f[2 * id + 1] = -1;
                    f[2 * id + 2] = -1;
                    v[2 * id + 1] = v[id];
                    v[2 * id + 2] = v[id];
                    f[id] = 0;
                    v[id] = 0;
                }
            }
            System.arraycopy(f, 0, fullFeature, t * splits, splits);
            System.arraycopy(v, 0, fullThreshold, t * splits, splits);
            System.arraycopy(v, splits, fullLeaf, t * leaves, leaves);
        }
    }

    /** The model shipped with dateline, or {@code null} if none is bundled. */
    public static @Nullable BlockModel bundled() {
        try (InputStream in = BlockModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled block model", e);
        }
    }

    /** The probability that a block with these features is article text. */
    public double probability(double[] x) {
        int trees = trees();
        int splits = (1 << depth) - 1;
        int leaves = splits + 1;
        double sum = bias;
        int t = 0;
        // eight trees at a time, added in order: their walks do not wait on each other in the CPU
        for (; t + 8 <= trees; t += 8) {
            int s0 = t * splits;
            int s1 = s0 + splits;
            int s2 = s1 + splits;
            int s3 = s2 + splits;
            int s4 = s3 + splits;
            int s5 = s4 + splits;
            int s6 = s5 + splits;
            int s7 = s6 + splits;
            int n0 = 0;
            int n1 = 0;
            int n2 = 0;
            int n3 = 0;
            int n4 = 0;
            int n5 = 0;
            int n6 = 0;
            int n7 = 0;
            for (int level = 0; level < depth; level++) {
                n0 = 2 * n0 + (x[fullFeature[s0 + n0]] <= fullThreshold[s0 + n0] ? 1 : 2);
                n1 = 2 * n1 + (x[fullFeature[s1 + n1]] <= fullThreshold[s1 + n1] ? 1 : 2);
                n2 = 2 * n2 + (x[fullFeature[s2 + n2]] <= fullThreshold[s2 + n2] ? 1 : 2);
                n3 = 2 * n3 + (x[fullFeature[s3 + n3]] <= fullThreshold[s3 + n3] ? 1 : 2);
                n4 = 2 * n4 + (x[fullFeature[s4 + n4]] <= fullThreshold[s4 + n4] ? 1 : 2);
                n5 = 2 * n5 + (x[fullFeature[s5 + n5]] <= fullThreshold[s5 + n5] ? 1 : 2);
                n6 = 2 * n6 + (x[fullFeature[s6 + n6]] <= fullThreshold[s6 + n6] ? 1 : 2);
                n7 = 2 * n7 + (x[fullFeature[s7 + n7]] <= fullThreshold[s7 + n7] ? 1 : 2);
            }
            // node n of the bottom level is leaf n - splits
            int l0 = t * leaves - splits;
            sum += fullLeaf[l0 + n0];
            sum += fullLeaf[l0 + leaves + n1];
            sum += fullLeaf[l0 + 2 * leaves + n2];
            sum += fullLeaf[l0 + 3 * leaves + n3];
            sum += fullLeaf[l0 + 4 * leaves + n4];
            sum += fullLeaf[l0 + 5 * leaves + n5];
            sum += fullLeaf[l0 + 6 * leaves + n6];
            sum += fullLeaf[l0 + 7 * leaves + n7];
        }
        for (; t < trees; t++) {
            int s0 = t * splits;
            int n0 = 0;
            for (int level = 0; level < depth; level++) {
                n0 = 2 * n0 + (x[fullFeature[s0 + n0]] <= fullThreshold[s0 + n0] ? 1 : 2);
            }
            sum += fullLeaf[t * leaves - splits + n0];
        }
        return 1 / (1 + Math.exp(-sum));
    }

    private int trees() {
        return nodes == 0 ? 0 : splitFeature.length / nodes;
    }

    /** The number of features the model reads. */
    public int features() {
        return features;
    }

    /**
     * Trains a model.
     *
     * @param x     one feature vector per example
     * @param y     the labels, 1 for article text
     * @param trees how many boosting rounds
     * @param depth the depth of each tree
     * @param rate  the learning rate (shrinkage)
     */
    public static BlockModel train(List<double[]> x, int[] y, int trees, int depth, double rate) {
        int n = x.size();
        int d = x.get(0).length;
        double positive = Arrays.stream(y).sum();
        double prior = Math.max(1e-6, Math.min(1 - 1e-6, positive / n));
        double bias = Math.log(prior / (1 - prior));
        double[] score = new double[n];
        Arrays.fill(score, bias);
        // per feature, the example indexes sorted by value, computed once
        int[][] order = new int[d][];
        for (int f = 0; f < d; f++) {
            final int feature = f;
            order[f] = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted((a, b) -> Double.compare(x.get(a)[feature], x.get(b)[feature]))
                    .mapToInt(Integer::intValue).toArray();
        }
        int nodes = (1 << (depth + 1)) - 1;
        int[][] splitFeature = new int[trees][];
        double[][] splitValue = new double[trees][];
        double[] gradient = new double[n];
        double[] hessian = new double[n];
        int[] node = new int[n];
        for (int t = 0; t < trees; t++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-score[i]));
                gradient[i] = y[i] - p;
                hessian[i] = Math.max(p * (1 - p), 1e-6);
            }
            int[] sf = new int[nodes];
            double[] sv = new double[nodes];
            Arrays.fill(sf, -1);
            Arrays.fill(node, 0);
            for (int level = 0; level < depth; level++) {
                int first = (1 << level) - 1;
                int count = 1 << level;
                double[] g = new double[count];
                double[] h = new double[count];
                int[] size = new int[count];
                for (int i = 0; i < n; i++) {
                    int k = node[i] - first;
                    if (k < 0) {
                        continue; // settled in a leaf above this level
                    }
                    g[k] += gradient[i];
                    h[k] += hessian[i];
                    size[k]++;
                }
                double[] bestGain = new double[count];
                int[] bestFeature = new int[count];
                double[] bestValue = new double[count];
                Arrays.fill(bestFeature, -1);
                for (int f = 0; f < d; f++) {
                    double[] gl = new double[count];
                    double[] hl = new double[count];
                    int[] sl = new int[count];
                    double[] last = new double[count];
                    Arrays.fill(last, Double.NaN);
                    for (int i : order[f]) {
                        int k = node[i] - first;
                        if (k < 0) {
                            continue;
                        }
                        double value = x.get(i)[f];
                        if (value != last[k] && sl[k] >= MIN_LEAF && size[k] - sl[k] >= MIN_LEAF) {
                            double gr = g[k] - gl[k];
                            double hr = h[k] - hl[k];
                            double gain = gl[k] * gl[k] / hl[k] + gr * gr / hr - g[k] * g[k] / h[k];
                            if (gain > bestGain[k]) {
                                bestGain[k] = gain;
                                bestFeature[k] = f;
                                bestValue[k] = (value + last[k]) / 2;
                            }
                        }
                        gl[k] += gradient[i];
                        hl[k] += hessian[i];
                        sl[k]++;
                        last[k] = value;
                    }
                }
                for (int k = 0; k < count; k++) {
                    int id = first + k;
                    boolean parentSplit = id == 0 || sf[(id - 1) / 2] >= 0;
                    if (parentSplit && bestFeature[k] >= 0) {
                        sf[id] = bestFeature[k];
                        sv[id] = bestValue[k];
                    }
                }
                for (int i = 0; i < n; i++) {
                    int id = node[i];
                    if (sf[id] >= 0) {
                        node[i] = x.get(i)[sf[id]] <= sv[id] ? 2 * id + 1 : 2 * id + 2;
                    }
                }
            }
            // leaves: one Newton step per node that examples ended in
            double[] g = new double[nodes];
            double[] h = new double[nodes];
            for (int i = 0; i < n; i++) {
                g[node[i]] += gradient[i];
                h[node[i]] += hessian[i];
            }
            for (int id = 0; id < nodes; id++) {
                if (sf[id] < 0 && h[id] > 0) {
                    sv[id] = rate * g[id] / (h[id] + 1);
                }
            }
            for (int i = 0; i < n; i++) {
                score[i] += sv[node[i]];
            }
            splitFeature[t] = sf;
            splitValue[t] = sv;
        }
        return new BlockModel(d, bias, splitFeature, splitValue);
    }

    /** Writes the model in the text format described above. */
    public void write(Writer out) throws IOException {
        out.write(MAGIC + " " + features + " " + trees() + " " + bias + "\n");
        for (int root = 0; root < splitFeature.length; root += nodes) {
            StringBuilder line = new StringBuilder();
            for (int i = root; i < root + nodes; i++) {
                if (i > root) {
                    line.append(' ');
                }
                line.append(splitFeature[i] >= 0 ? splitFeature[i] + ":" + (float) splitValue[i] : "=" + (float) splitValue[i]);
            }
            out.write(line.append('\n').toString());
        }
    }

    /** Reads a model written by {@link #write}. */
    public static BlockModel read(Reader in) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        String header = lines.readLine();
        String[] h = header == null ? new String[0] : header.trim().split(" ");
        if (h.length != 4 || !h[0].equals(MAGIC)) {
            throw new IOException("not a dateline block model");
        }
        int features = Integer.parseInt(h[1]);
        int trees = Integer.parseInt(h[2]);
        List<int[]> sf = new ArrayList<>(trees);
        List<double[]> sv = new ArrayList<>(trees);
        for (int t = 0; t < trees; t++) {
            String line = lines.readLine();
            if (line == null) {
                throw new IOException("the block model ends after " + t + " of " + trees + " trees");
            }
            String[] nodes = line.trim().split(" ");
            if (t > 0 && nodes.length != sf.get(0).length) {
                throw new IOException("tree " + t + " of the block model has " + nodes.length + " nodes, the first "
                        + sf.get(0).length);
            }
            int[] f = new int[nodes.length];
            double[] v = new double[nodes.length];
            for (int id = 0; id < nodes.length; id++) {
                String node = nodes[id];
                if (node.startsWith("=")) {
                    f[id] = -1;
                    v[id] = Double.parseDouble(node.substring(1));
                } else {
                    int colon = node.indexOf(':');
                    f[id] = Integer.parseInt(node.substring(0, colon));
                    v[id] = Double.parseDouble(node.substring(colon + 1));
                }
            }
            sf.add(f);
            sv.add(v);
        }
        return new BlockModel(features, Double.parseDouble(h[3]), sf.toArray(new int[0][]), sv.toArray(new double[0][]));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BlockModel[%d features, %d trees]", features, trees());
    }
}
