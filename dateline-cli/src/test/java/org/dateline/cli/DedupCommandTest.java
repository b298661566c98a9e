package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dateline dedup} and {@code dateline run} commands, run in-process as a user would run them. */
class DedupCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();
    private static final String[] WORDS = ("the council said on monday that a new plan for the city harbour would cost "
            + "more than expected after engineers found damage to the old sea wall residents asked for a public "
            + "meeting before work begins while the mayor promised rents would not rise officials warned of delays "
            + "caused by winter storms and a shortage of steel shops near the quay fear closures").split(" ");

    @TempDir
    Path tmp;

    /** {@code count} paragraphs of 40 to 60 words, the same for the same seed. */
    private static List<String> paragraphs(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            StringBuilder sb = new StringBuilder();
            int n = 40 + random.nextInt(21);
            for (int w = 0; w < n; w++) {
                sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            out.add(sb.append('.').toString());
        }
        return out;
    }

    private static ObjectNode record(String id, String url, String body, String published) {
        ObjectNode n = JSON.createObjectNode();
        n.put("schema", 2);
        n.put("id", id);
        n.put("url", url);
        n.put("published", published);
        n.put("body", body);
        n.put("fetched", "2024-03-02T10:00:00Z");
        return n;
    }

    private static void write(Path file, List<ObjectNode> records) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ObjectNode r : records) {
            sb.append(JSON.writeValueAsString(r)).append('\n');
        }
        Files.writeString(file, sb);
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static JsonNode byId(List<JsonNode> records, String id) {
        return records.stream().filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The seed pair: a 17-paragraph article and an earlier version lacking four middle paragraphs,
     * plus an exact copy, an unrelated story, a record without a body and one with an empty body.
     */
    private Path seedShapedRecords() throws IOException {
        List<String> full = paragraphs(17, 17);
        List<String> early = new ArrayList<>(full);
        early.subList(7, 11).clear();
        ObjectNode noBody = JSON.createObjectNode().put("id", "no-body").put("url", "https://a.example/index");
        ObjectNode extra = record("long", "https://a.example/story-updated", String.join("\n\n", full), "2024-03-02");
        extra.put("author_guess", "A. Writer"); // a field dateline does not know yet
        extra.putObject("metadata").put("section", "local");
        Path in = tmp.resolve("records.jsonl");
        write(in, List.of(
                record("short", "https://a.example/story", String.join("\n\n", early), "2024-03-01"),
                extra,
                record("copy", "https://b.example/syndicated", String.join("\n\n", full), "2024-03-03"),
                record("other", "https://a.example/other", String.join("\n\n", paragraphs(99, 12)), "2024-03-02"),
                noBody,
                record("empty", "https://a.example/empty", "", null)));
        return in;
    }

    @Test
    void writesEveryRecordWithItsClusterAndRelation() throws IOException {
        Path in = seedShapedRecords();
        Path out = tmp.resolve("out.jsonl");

        assertThat(Main.run("dedup", "-q", in.toString(), "-o", out.toString())).isZero();

        List<JsonNode> records = read(out);
        assertThat(records).extracting(r -> r.get("id").asText())
                .containsExactly("short", "long", "copy", "other", "no-body", "empty");
        JsonNode shorter = byId(records, "short");
        assertThat(shorter.get("relation").asText()).isEqualTo("version");
        assertThat(shorter.get("duplicate_of").asText()).isEqualTo("long");
        assertThat(shorter.get("cluster_id").asText()).isEqualTo("long");
        assertThat(shorter.get("similarity").asDouble()).isGreaterThan(0.95);
        JsonNode longer = byId(records, "long");
        assertThat(longer.get("relation").isNull()).isTrue();
        assertThat(longer.get("duplicate_of").isNull()).isTrue();
        assertThat(longer.get("cluster_id").asText()).isEqualTo("long");
        assertThat(byId(records, "copy").get("relation").asText()).isEqualTo("exact");
        assertThat(byId(records, "copy").get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(byId(records, "other").get("cluster_id").asText()).isEqualTo("other");
        for (String id : List.of("no-body", "empty")) {
            JsonNode r = byId(records, id);
            assertThat(r.get("relation").isNull()).isTrue();
            assertThat(r.get("cluster_id").isNull()).isTrue();
            assertThat(r.get("similarity").isNull()).isTrue();
        }
    }

    @Test
    void readsGzippedRecordsPipedInOnStandardInput() throws IOException {
        Path in = seedShapedRecords();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write(Files.readAllBytes(in));
        }
        Path out = tmp.resolve("out.jsonl");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(gz.toByteArray()));
            assertThat(Main.run("dedup", "-q", "-", "-o", out.toString())).isZero();
        } finally {
            System.setIn(stdin);
        }

        assertThat(byId(read(out), "short").get("duplicate_of").asText()).isEqualTo("long");
    }

    @Test
    void unknownFieldsPassThroughUntouched() throws IOException {
        Path in = seedShapedRecords();
        Path out = tmp.resolve("out.jsonl");

        assertThat(Main.run("dedup", "-q", in.toString(), "-o", out.toString())).isZero();

        JsonNode longer = byId(read(out), "long");
        assertThat(longer.get("author_guess").asText()).isEqualTo("A. Writer");
        assertThat(longer.get("metadata").get("section").asText()).isEqualTo("local");
        assertThat(longer.get("schema").asInt()).isEqualTo(2);
        assertThat(longer.fieldNames()).toIterable().startsWith("schema", "id", "url", "published", "body", "fetched");
    }

    @Test
    void dropDuplicatesKeepsTheCanonicalWithTheEarliestDateAndTheVersionsUrls() throws IOException {
        Path in = seedShapedRecords();
        Path out = tmp.resolve("out.jsonl");

        assertThat(Main.run("dedup", "-q", "--drop-duplicates", in.toString(), "-o", out.toString())).isZero();

        List<JsonNode> records = read(out);
        assertThat(records).extracting(r -> r.get("id").asText()).containsExactly("long", "other", "no-body", "empty");
        JsonNode canonical = records.get(0);
        assertThat(canonical.get("published").asText()).isEqualTo("2024-03-01");
        assertThat(canonical.get("published_own").asText()).isEqualTo("2024-03-02");
        assertThat(canonical.get("versions")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "https://a.example/story-updated", "https://a.example/story", "https://b.example/syndicated");
        JsonNode other = records.get(1);
        assertThat(other.has("published_own")).isFalse();
        assertThat(other.get("versions")).extracting(JsonNode::asText).containsExactly("https://a.example/other");
    }

    @Test
    void writesTheClustersAndTheSummary() throws IOException {
        Path in = seedShapedRecords();
        Path gz = tmp.resolve("records.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(in));
            o.write("not json\n".getBytes(StandardCharsets.UTF_8));
        }
        Path clusters = tmp.resolve("clusters.jsonl");
        Path summary = tmp.resolve("summary.json");

        assertThat(Main.run("dedup", "-q", gz.toString(), "-o", tmp.resolve("out.jsonl").toString(), "-t", "2",
                "--clusters", clusters.toString(), "--summary", summary.toString())).isZero();

        List<JsonNode> cs = read(clusters);
        assertThat(cs).hasSize(1);
        JsonNode c = cs.get(0);
        assertThat(c.get("canonical").asText()).isEqualTo("long");
        assertThat(c.get("size").asInt()).isEqualTo(3);
        assertThat(c.get("earliest_published").asText()).isEqualTo("2024-03-01");
        assertThat(c.get("members")).extracting(m -> m.get("id").asText()).containsExactly("long", "copy", "short");
        assertThat(c.get("members")).extracting(m -> m.get("relation").asText()).containsExactly("null", "exact", "version");
        JsonNode s = JSON.readTree(summary.toFile());
        assertThat(s.get("records").asInt()).isEqualTo(6);
        assertThat(s.get("with_body").asInt()).isEqualTo(4);
        assertThat(s.get("bad_lines").asInt()).isEqualTo(1);
        assertThat(s.get("exact").asInt()).isEqualTo(1);
        assertThat(s.get("near").asInt()).isZero();
        assertThat(s.get("version").asInt()).isEqualTo(1);
        assertThat(s.get("clusters").asInt()).isEqualTo(1);
        assertThat(s.get("cluster_sizes").get("3").asInt()).isEqualTo(1);
        assertThat(s.get("records_per_second").asDouble()).isPositive();
    }

    @Test
    void tomorrowsRecordsAreDeduplicatedAgainstTodaysIndex() throws IOException {
        Path index = tmp.resolve("index");
        List<String> full = paragraphs(17, 17);
        Path day1 = tmp.resolve("day1.jsonl");
        write(day1, List.of(record("d1", "https://a.example/story", String.join("\n\n", full), "2024-03-01"),
                record("d1-other", "https://a.example/other", String.join("\n\n", paragraphs(5, 10)), "2024-03-01")));
        List<String> early = new ArrayList<>(full);
        early.subList(7, 11).clear();
        Path day2 = tmp.resolve("day2.jsonl");
        write(day2, List.of(record("d2", "https://b.example/story", String.join("\n\n", early), "2024-03-02")));
        Path summary = tmp.resolve("summary.json");

        assertThat(Main.run("dedup", "-q", day1.toString(), "-o", tmp.resolve("out1.jsonl").toString(),
                "--index", index.toString())).isZero();
        assertThat(Main.run("dedup", "-q", day2.toString(), "-o", tmp.resolve("out2.jsonl").toString(),
                "--index", index.toString(), "--clusters", tmp.resolve("c2.jsonl").toString(),
                "--summary", summary.toString())).isZero();

        JsonNode d2 = read(tmp.resolve("out2.jsonl")).get(0);
        assertThat(d2.get("relation").asText()).isEqualTo("version");
        assertThat(d2.get("duplicate_of").asText()).isEqualTo("d1");
        JsonNode cluster = read(tmp.resolve("c2.jsonl")).get(0);
        assertThat(cluster.get("members").get(0).get("indexed").asBoolean()).isTrue();
        JsonNode s = JSON.readTree(summary.toFile());
        assertThat(s.get("index").get("records_before").asInt()).isEqualTo(2);
        assertThat(s.get("index").get("records_after").asInt()).isEqualTo(3);
    }

    @Test
    void runExtractsAndDeduplicatesTheSamplesIntoADirectory() throws IOException {
        Path warc = tmp.resolve("in/news.warc.gz");
        Files.createDirectories(warc.getParent());
        SampleArchive.write(SAMPLES.resolve("pages"), warc);
        Files.copy(SAMPLES.resolve("feed.jsonl"), tmp.resolve("in/feed.jsonl"));
        Path out = tmp.resolve("corpus");

        assertThat(Main.run("run", "-q", tmp.resolve("in").toString(), SAMPLES.resolve("pages").toString(),
                "-o", out.toString())).isZero();

        assertThat(out.resolve(RunCommand.EXTRACTED)).doesNotExist();
        List<JsonNode> articles = read(out.resolve("articles.jsonl"));
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(s.get("extract").get("written").asInt()).isEqualTo(articles.size());
        assertThat(s.get("dedup").get("records").asInt()).isEqualTo(articles.size());
        assertThat(articles).allSatisfy(a -> assertThat(a.has("cluster_id")).isTrue());
        // the pages are also inside the archive: every page read twice is one cluster
        assertThat(s.get("dedup").get("duplicates").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(read(out.resolve("clusters.jsonl"))).isNotEmpty();
        assertThat(out.resolve("errors.jsonl")).exists();

        Path dropped = tmp.resolve("dropped");
        assertThat(Main.run("run", "-q", "--drop-duplicates", tmp.resolve("in").toString(),
                SAMPLES.resolve("pages").toString(), "-o", dropped.toString())).isZero();
        List<JsonNode> kept = read(dropped.resolve("articles.jsonl"));
        assertThat(kept).hasSize(articles.size() - s.get("dedup").get("duplicates").asInt());
        assertThat(kept).allSatisfy(a -> assertThat(a.get("duplicate_of").isNull()).isTrue());
    }

    @Test
    void badOptionsAndMissingInputsAreUsageErrors() {
        assertThat(Main.run("dedup", "-q", tmp.resolve("missing.jsonl").toString(), "-o", tmp.resolve("o").toString()))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(Main.run("dedup", "-q", "--near", "1.5", "x.jsonl", "-o", tmp.resolve("o").toString()))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(Main.run("run", "-q", tmp.resolve("missing").toString(), "-o", tmp.resolve("o").toString()))
                .isEqualTo(Main.EXIT_USAGE);
    }
}
