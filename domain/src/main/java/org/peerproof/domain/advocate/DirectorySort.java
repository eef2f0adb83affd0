package org.peerproof.domain.advocate;

import java.util.Objects;

/**
 * One sort order of the directory. Without any, stale profiles come first (rule 9), then by name.
 *
 * @param key       what to sort by
 * @param ascending {@code false} for descending
 */
public record DirectorySort(Key key, boolean ascending) {

    /** The columns the directory can sort on in the database. */
    public enum Key {
        NAME, COMPANY, INDUSTRY, REGION, TIER, STATUS, OWNER, PROFILE_REVIEWED
    }

    public DirectorySort {
        Objects.requireNonNull(key, "key");
    }
}
