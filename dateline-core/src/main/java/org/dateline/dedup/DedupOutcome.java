package org.dateline.dedup;

import org.jspecify.annotations.Nullable;

/**
 * What deduplication says about one record.
 *
 * @param id          the record's id
 * @param clusterId   the id of its cluster: the id of the cluster's canonical record (its own id
 *                    when it stands alone)
 * @param duplicateOf the id of the canonical record, or {@code null} if this record is canonical
 * @param relation    how this record relates to the canonical one, or {@code null} if it is canonical
 * @param similarity  the measure behind the relation (1 for exact, Jaccard for near, containment
 *                    for version), 1 for a canonical record
 */
public record DedupOutcome(String id, String clusterId, @Nullable String duplicateOf, @Nullable Relation relation,
                           double similarity) {
    /** Whether this record is the one kept. */
    public boolean isCanonical() {
        return duplicateOf == null;
    }
}
