package org.peerproof.domain.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which advocates a {@link MatchRowLoader} query reads: all of them, or some by id and those of some accounts. */
final class RowScope {

    static final RowScope ALL = new RowScope(null, Map.of());

    private final String filter;
    private final Map<String, Object> parameters;

    private RowScope(String filter, Map<String, Object> parameters) {
        this.filter = filter;
        this.parameters = parameters;
    }

    /** The advocates with these ids and those of these accounts; at least one list must not be empty. */
    static RowScope of(List<Long> advocateIds, List<Long> accountIds) {
        var conditions = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        if (!advocateIds.isEmpty()) {
            conditions.add("%1$s in (:ids)");
            parameters.put("ids", advocateIds);
        }
        if (!accountIds.isEmpty()) {
            conditions.add("%1$s in (select s.id from advocate s where s.customer_account_id in (:accounts))");
            parameters.put("accounts", accountIds);
        }
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("A scope names advocates or accounts");
        }
        return new RowScope("(" + String.join(" or ", conditions) + ")", parameters);
    }

    /** The condition on {@code advocateIdColumn} as a whole WHERE clause; empty for all advocates. */
    String where(String advocateIdColumn) {
        return filter == null ? "" : " where " + filter.formatted(advocateIdColumn);
    }

    /** The condition on {@code advocateIdColumn} to add to a WHERE clause; empty for all advocates. */
    String and(String advocateIdColumn) {
        return filter == null ? "" : " and " + filter.formatted(advocateIdColumn);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
