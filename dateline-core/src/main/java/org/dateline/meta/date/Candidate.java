package org.dateline.meta.date;

/**
 * One piece of date evidence: a value, where it came from, and how strong it is within its
 * source ({@code rank}: lower is better; {@code position}: document order).
 */
record Candidate(DateValue value, String source, int rank, int position) {
    boolean betterThan(Candidate other) {
        return rank != other.rank ? rank < other.rank : position < other.position;
    }

    static Candidate best(Candidate a, Candidate b) {
        return a.betterThan(b) ? a : b;
    }
}
