package org.peerproof.domain.matching;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Asks the database what changed since an instant (ADR 0004): the rows stamped since then by any node, one indexed
 * query per table, and whether tiers or activity types changed at all (a count and the sum of their versions, a
 * handful of rows). A row seen before in the same state is not news, so a long overlap costs a re-read of stamps,
 * not of rows. The state is the row's version (or, for a consent, which has none, what ranking reads of it), not
 * the stamp alone: on MariaDB stored instants keep whole seconds (likely Connector/J taking the server for MySQL 5.5),
 * so two writes in one second carry the same stamp. Not thread-safe: its {@link MatchIndex} polls under its refresh lock.
 */
final class StampPoll {

    private final NamedParameterJdbcTemplate jdbc;
    /** Table and id to the stamp and state last seen, for rows stamped within the overlap. */
    private final Map<String, Seen> seen = new HashMap<>();
    private String programData;

    StampPoll(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts over from a freshly read index: what was read with it is known. */
    void reset() {
        seen.clear();
        programData = programData();
    }

    /** What was stamped at or after {@code since} and not seen in that state before. */
    IndexChanges changedSince(Instant since) {
        var changes = new IndexChanges();
        var from = LocalDateTime.ofInstant(since, ZoneOffset.UTC);
        var parameters = Map.of("since", from);
        news("advocate", "x.id", "x.matching_changed_at", "x.version", parameters, changes::advocate);
        // Rows that belong to one advocate: consents, asks and activities (never edited, so created is changed).
        news("activity_consent", "x.advocate_id", "x.changed_at", "concat(x.willing, '/', x.max_asks_per_quarter)",
                parameters, changes::advocate);
        news("ask", "x.advocate_id", "x.changed_at", "x.version", parameters, changes::advocate);
        news("activity", "x.advocate_id", "x.created_at", "x.id", parameters, changes::advocate);
        news("customer_account", "x.id", "x.changed_at", "x.version", parameters, changes::account);
        var now = programData();
        if (!now.equals(programData)) {
            programData = now;
            changes.everything();
        }
        seen.values().removeIf(row -> row.stamp().isBefore(from));
        return changes;
    }

    /** Hands {@code changed} the owner of each row of {@code table} stamped since then and not seen so. */
    private void news(String table, String owner, String stamp, String state, Map<String, ?> parameters,
                      LongConsumer changed) {
        jdbc.query("select x.id, " + owner + ", " + stamp + ", " + state + " from " + table + " x where " + stamp
                + " >= :since", parameters, rs -> {
                    var now = new Seen(rs.getObject(3, LocalDateTime.class), rs.getString(4));
                    if (!now.equals(seen.put(table + "#" + rs.getLong(1), now))) {
                        changed.accept(rs.getLong(2));
                    }
                });
    }

    private String programData() {
        return jdbc.getJdbcTemplate().queryForObject("""
                select (select count(*) from tier), (select coalesce(sum(version), 0) from tier),
                       (select count(*) from tier_activity_type), (select coalesce(sum(version), 0) from activity_type)""",
                (rs, row) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4));
    }

    private record Seen(LocalDateTime stamp, String state) {
    }
}
