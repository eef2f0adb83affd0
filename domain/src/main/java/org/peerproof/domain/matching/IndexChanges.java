package org.peerproof.domain.matching;

import java.util.HashSet;
import java.util.Set;

/**
 * What some writes changed that the {@link MatchIndex} holds: advocates by id, accounts (their advocates' industry,
 * size, region, review and company name), or program data every row depends on (tiers, activity types), which
 * means reading everything again. Collects the writes of one transaction, or those committed since the index last
 * caught up; guarded by its owner.
 */
final class IndexChanges {

    private final Set<Long> advocateIds = new HashSet<>();
    private final Set<Long> accountIds = new HashSet<>();
    private boolean everything;

    void advocate(Long id) {
        advocateIds.add(id);
    }

    void account(Long id) {
        accountIds.add(id);
    }

    void everything() {
        everything = true;
    }

    void add(IndexChanges other) {
        advocateIds.addAll(other.advocateIds);
        accountIds.addAll(other.accountIds);
        everything |= other.everything;
    }

    void clear() {
        advocateIds.clear();
        accountIds.clear();
        everything = false;
    }

    boolean isEmpty() {
        return !everything && advocateIds.isEmpty() && accountIds.isEmpty();
    }

    Set<Long> advocateIds() {
        return advocateIds;
    }

    Set<Long> accountIds() {
        return accountIds;
    }

    boolean isEverything() {
        return everything;
    }

    /** Whether {@code row} must be read again: it was changed, or its account was. */
    boolean covers(MatchRow row) {
        return everything || advocateIds.contains(row.id()) || accountIds.contains(row.accountId());
    }
}
