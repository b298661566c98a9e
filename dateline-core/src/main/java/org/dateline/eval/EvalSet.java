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
import java.util.regex.Pattern;
import org.dateline.meta.Authors;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation set: a folder with a {@code truth.jsonl} of one JSON object per page, giving its
 * {@code id}, the {@code html} file (relative to the folder, {@code null} when missing) or, for a set
 * of text dumps, the {@code text} file, and the truth as a {@code body}, {@code with}/{@code without} snippet lists, or both. This is the layout
 * of {@code readability-pages}, {@code naeb} and {@code trafilatura-eval} in the shared data. A set
 * may also have metadata truth only ({@code dates-eval}); see {@link MetaTruth} for the fields read.
 *
 * @param name    the folder name
 * @param docs    the pages that exist, in file order
 * @param missing how many truth records name no page
 */
public record EvalSet(String name, List<EvalDoc> docs, int missing) {
    /** The sets scored for main text, in the order they are reported. */
    public static final List<String> TEXT_SETS = List.of("naeb", "readability-pages", "trafilatura-eval");
    /** The sets scored for metadata, in the order they are reported. */
    public static final List<String> META_SETS = List.of("dates-eval", "naeb", "readability-pages", "trafilatura-eval");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
                JsonNode file = n.path("html").isTextual() ? n.get("html") : n.path("text");
                if (!file.isTextual()) {
                    missing++;
                    continue;
                }
                String url = n.path("url").asText("");
                docs.add(new EvalDoc(n.path("id").asText(), dir.resolve(file.asText()).normalize(),
                        url.startsWith("http") ? url : null,
                        n.path("body").isTextual() ? n.get("body").asText() : null,
                        strings(n.path("with")), strings(n.path("without")), metaTruth(n)));
            }
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new EvalSet(name == null ? dir.toString() : name.toString(), docs, missing);
    }

    /** The standard text sets found under a data folder such as {@code ../shared/data}. */
    public static List<EvalSet> standard(Path dataDir) throws IOException {
        return standard(dataDir, TEXT_SETS);
    }

    /** The sets of {@code names} found under a data folder, in that order. */
    public static List<EvalSet> standard(Path dataDir, List<String> names) throws IOException {
        List<EvalSet> sets = new ArrayList<>();
        for (String name : names) {
            if (Files.isRegularFile(dataDir.resolve(name).resolve("truth.jsonl"))) {
                sets.add(load(dataDir.resolve(name)));
            }
        }
        return sets;
    }

    /**
     * Reads the metadata truth of a record: {@code title}; {@code authors} (a list of names, empty
     * for none), else {@code byline} or {@code author} (raw strings or lists, cleaned with
     * {@link Authors#clean}); {@code lang}; {@code excerpt}; {@code siteName}; {@code date}, else
     * {@code publishedTime}, cut to the day. Blank values count as absent.
     */
    static MetaTruth metaTruth(JsonNode n) {
        List<String> authors = null;
        if (n.path("authors").isArray()) {
            authors = strings(n.get("authors"));
        } else {
            JsonNode raw = n.has("byline") ? n.get("byline") : n.get("author");
            String joined = raw == null ? null : raw.isArray() ? String.join(", ", strings(raw)) : text(raw);
            if (joined != null) {
                authors = Authors.clean(joined, null);
            }
        }
        String date = text(n.get("date"));
        if (date == null) {
            date = text(n.get("publishedTime"));
        }
        date = date != null && DAY.matcher(date).lookingAt() ? date.substring(0, 10) : null;
        return new MetaTruth(text(n.get("title")), authors, text(n.get("lang")), text(n.get("excerpt")),
                text(n.get("siteName")), date);
    }

    private static @Nullable String text(@Nullable JsonNode n) {
        return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
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
