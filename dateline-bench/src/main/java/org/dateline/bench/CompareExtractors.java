package org.dateline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dateline.eval.EvalSet;
import org.dateline.eval.Evaluation;
import org.jspecify.annotations.Nullable;

/**
 * Runs dateline and its {@link Peers} over the standard evaluation sets through the same scoring
 * and timing ({@link Evaluation#run}: warm-up passes, then one timed single-thread pass over pages
 * held in memory) and prints one table, grouped by set. Progress goes to stderr.
 *
 * <pre>
 * mvn -q -B -pl dateline-bench -am package -DskipTests
 * java -Xmx2g -cp dateline-bench/target/benchmarks.jar org.dateline.bench.CompareExtractors --data ../shared/data
 * </pre>
 *
 * <p>Options: {@code --data DIR} (default {@code ../shared/data}), {@code --systems a,b,...}
 * (default all: {@code dateline,dateline-text,boilerpipe,readability4j}), {@code --warmups N} (untimed passes
 * per set and system, default 1), {@code --json FILE} (also write each result's summary).
 */
public final class CompareExtractors {
    private CompareExtractors() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/data");
        List<String> systems = new ArrayList<>(Peers.ALL.keySet());
        int warmups = 1;
        Path json = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--data" -> data = Path.of(required(args[i], value));
                    case "--systems" -> systems = Arrays.asList(required(args[i], value).split(","));
                    case "--warmups" -> warmups = Integer.parseInt(required(args[i], value));
                    case "--json" -> json = Path.of(required(args[i], value));
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
                i++;
            }
            for (String s : systems) {
                if (!Peers.ALL.containsKey(s)) {
                    throw new IllegalArgumentException("unknown system " + s + "; known: " + Peers.ALL.keySet());
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: CompareExtractors [--data DIR] [--systems dateline,dateline-text,boilerpipe,readability4j]"
                    + " [--warmups N] [--json FILE]");
            System.exit(2);
        }
        List<EvalSet> sets = EvalSet.standard(data);
        if (sets.isEmpty()) {
            System.err.println("no evaluation sets " + EvalSet.TEXT_SETS + " under " + data);
            System.exit(2);
        }

        List<Evaluation.SetResult> results = new ArrayList<>();
        for (EvalSet set : sets) {
            for (String system : systems) {
                System.err.printf("%s: %s ...%n", set.name(), system);
                Evaluation.SetResult r = Evaluation.run(set, system, Peers.ALL.get(system), warmups);
                System.err.printf("%s: %s %d pages in %.1f s, %d errors%n", set.name(), system, r.pages(), r.seconds(),
                        r.errors());
                results.add(r);
            }
        }
        System.out.print(Evaluation.table(results));
        if (json != null) {
            writeJson(results, json);
        }
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** One object per result: set, system, pages, errors, pages_per_second, shingles, segments. */
    private static void writeJson(List<Evaluation.SetResult> results, Path file) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Map<String, @Nullable Object>> out = new ArrayList<>();
        for (Evaluation.SetResult r : results) {
            out.add(r.summary());
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        mapper.writeValue(file.toFile(), out);
    }
}
