package org.dateline.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Minimum scores, by key such as {@code naeb.shingle.f1}, read from a properties file. */
record Floors(Map<String, Double> minimums) {
    static final Floors NONE = new Floors(Map.of());

    static Floors read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        Map<String, Double> m = new java.util.TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            try {
                m.put(key, Double.parseDouble(p.getProperty(key).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": " + key + " is not a number: " + p.getProperty(key));
            }
        }
        return new Floors(Map.copyOf(m));
    }

    /**
     * The floors that {@code scores} break, as readable lines. A floor whose score was not measured
     * is skipped: its set was not run.
     */
    List<String> check(Map<String, Double> scores) {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(minimums).entrySet()) {
            Double score = scores.get(e.getKey());
            if (score != null && !(score >= e.getValue())) { // NaN, a score that could not be computed, breaks it too
                broken.add(String.format("%s = %.4f < %.4f", e.getKey(), score, e.getValue()));
            }
        }
        return broken;
    }
}
