package org.dateline.dedup;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group of records telling the same story, with the one to keep.
 *
 * @param id                the cluster's id: its canonical record's id
 * @param canonical         the id of the most complete version (the one the others are verified against)
 * @param members           the ids of all members, the canonical first, then by completeness
 * @param earliestPublished the earliest publication date of any member, the one the canonical
 *                          record should carry, or {@code null} if none has one
 * @param urls              the distinct URLs of the members, in the order of {@code members}
 */
public record Cluster(String id, String canonical, List<String> members, @Nullable String earliestPublished,
                      List<String> urls) {
    public Cluster {
        members = List.copyOf(members);
        urls = List.copyOf(urls);
    }

    /** The number of members. */
    public int size() {
        return members.size();
    }
}
