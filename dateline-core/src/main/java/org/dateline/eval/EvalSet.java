package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An evaluation set: a folder with a {@code truth.jsonl} of one JSON object per page, giving its
 * {@code id}, the {@code html} file (relative to the folder, {@code null} when missing), and the
 * truth as a {@code body}, {@code with}/{@code without} snippet lists, or both. This is the layout
 * of {@code readability-pages}, {@code naeb} and {@code trafilatura-eval} in the shared data.
 *
 * @param name    the folder name
 * @param docs    the pages that exist, in file order
 * @param missing how many truth records name no page
 */
public record EvalSet(String name, List<EvalDoc> docs, int missing) {
    /** The sets scored for main text, in the order they are reported. */
    public static final List<String> TEXT_SETS = List.of("naeb", "readability-pages", "trafilatura-eval");

    private static final ObjectMapper JSON = new ObjectMapper();

    public EvalSet {
        Objects.requireNonNull(name, "name");
        docs = List.copyOf(docs);
    }

    /** Reads the set in {@code dir}. */
    public static EvalSet load(Path dir) throws IOException {
        Path truth = dir.resolve("truth.jsonl");
        if (!Files.isRegularFile(truth)) {
            throw new NoSuchFileException(truth.toString(), null, "not an evaluation set: no truth.jsonl");
        }
        List<EvalDoc> docs = new ArrayList<>();
        int missing = 0;
        try (BufferedReader in = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                if (!n.path("html").isTextual()) {
                    missing++;
                    continue;
                }
                String url = n.path("url").asText("");
                docs.add(new EvalDoc(n.path("id").asText(), dir.resolve(n.get("html").asText()).normalize(),
                        url.startsWith("http") ? url : null,
                        n.path("body").isTextual() ? n.get("body").asText() : null,
                        strings(n.path("with")), strings(n.path("without"))));
            }
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new EvalSet(name == null ? dir.toString() : name.toString(), docs, missing);
    }

    /** The standard text sets found under a data folder such as {@code ../shared/data}. */
    public static List<EvalSet> standard(Path dataDir) throws IOException {
        List<EvalSet> sets = new ArrayList<>();
        for (String name : TEXT_SETS) {
            if (Files.isRegularFile(dataDir.resolve(name).resolve("truth.jsonl"))) {
                sets.add(load(dataDir.resolve(name)));
            }
        }
        return sets;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) {
            if (s.isTextual() && !s.asText().isBlank()) {
                out.add(s.asText());
            }
        }
        return out;
    }
}
