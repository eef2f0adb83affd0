package org.peerproof.domain.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.ask.AskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads {@link MatchRow}s with one plain query per table (ADR 0004), never entities: the advocates matching considers
 * (active, at an account staff have reviewed), their consents, blackouts,
 * languages, products, use cases, the asks that count toward the cap since a horizon, and the latest activity. Runs
 * in the caller's transaction, so one read-only transaction gives a consistent set of rows. Instants are stored as
 * UTC wall time ({@code hibernate.jdbc.time_zone}).
 */
final class MatchRowLoader {

    private static final Logger LOG = LoggerFactory.getLogger(MatchRowLoader.class);
    /** Ids per query when rows are reloaded by id: keeps the statement small on every database. */
    private static final int IDS_PER_QUERY = 1000;
    private static final int TYPES = ActivityTypeCode.values().length;
    /** Shared by the many rows without blackouts or asks. */
    private static final int[] NO_DAYS = new int[0];
    private static final long[] NO_ASKS = new long[0];

    private final NamedParameterJdbcTemplate jdbc;
    private final MatchDictionaries dictionaries;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    MatchRowLoader(NamedParameterJdbcTemplate jdbc, MatchDictionaries dictionaries) {
        this.jdbc = jdbc;
        this.dictionaries = dictionaries;
    }

    /** Every matchable advocate, by id. */
    Map<Long, MatchRow> loadAll(Instant askHorizon) {
        return load(RowScope.ALL, askHorizon);
    }

    /**
     * The matchable advocates among those {@code changes} name (by id, or by their account), by id. Advocates named
     * but not returned are no longer matchable.
     */
    Map<Long, MatchRow> loadChanged(IndexChanges changes, Instant askHorizon) {
        if (changes.isEverything()) {
            return loadAll(askHorizon);
        }
        var rows = new HashMap<Long, MatchRow>();
        var advocates = chunks(changes.advocateIds());
        var accounts = chunks(changes.accountIds());
        for (int chunk = 0; chunk < Math.max(advocates.size(), accounts.size()); chunk++) {
            rows.putAll(load(RowScope.of(chunk < advocates.size() ? advocates.get(chunk) : List.of(),
                    chunk < accounts.size() ? accounts.get(chunk) : List.of()), askHorizon));
        }
        return rows;
    }

    private Map<Long, MatchRow> load(RowScope scope, Instant askHorizon) {
        var tiers = tiers();
        var builders = advocates(scope, tiers);
        if (builders.isEmpty()) {
            return Map.of();
        }
        var parameters = scope.parameters();
        query("select x.advocate_id, x.activity_type_code, x.willing, x.max_asks_per_quarter from activity_consent x"
                + scope.where("x.advocate_id"), parameters, builders, (row, rs) -> {
                    var type = ActivityTypeCode.valueOf(rs.getString(2));
                    row.ownMaxByType[type.ordinal()] = rs.getInt(4);
                    if (rs.getBoolean(3)) {
                        row.willingTypes |= MatchRow.bit(type);
                    }
                });
        query("select x.advocate_id, x.start_date, x.end_date from advocate_blackout x" + scope.where("x.advocate_id"),
                parameters, builders, (row, rs) -> {
                    row.blackouts.add(Math.toIntExact(rs.getObject(2, LocalDate.class).toEpochDay()));
                    row.blackouts.add(Math.toIntExact(rs.getObject(3, LocalDate.class).toEpochDay()));
                });
        query("select x.advocate_id, x.language_code from advocate_language x" + scope.where("x.advocate_id"),
                parameters, builders, (row, rs) -> row.languages.add(rs.getString(2)));
        query("select x.advocate_id, x.product_id from advocate_product x" + scope.where("x.advocate_id"),
                parameters, builders, (row, rs) -> row.products.add(rs.getLong(2)));
        query("select x.advocate_id, x.use_case_id from advocate_use_case x" + scope.where("x.advocate_id"),
                parameters, builders, (row, rs) -> row.useCases.add(rs.getLong(2)));
        var askParameters = new HashMap<>(parameters);
        askParameters.put("horizon", LocalDateTime.ofInstant(askHorizon, ZoneOffset.UTC));
        askParameters.put("counting", AskStatus.countingTowardCap().stream().map(Enum::name).toList());
        query("select x.advocate_id, x.asked_at from ask x where x.asked_at >= :horizon and x.status in (:counting)"
                + scope.and("x.advocate_id"), askParameters, builders,
                (row, rs) -> row.askedAt.add(rs.getObject(2, LocalDateTime.class).toEpochSecond(ZoneOffset.UTC)));
        // The latest day per advocate from the (advocate, day) index, then the last logged that day: the order
        // ActivityRepository.findLatest defines.
        query("""
                select x.advocate_id, x.occurred_on, t.heavy from activity x
                join activity_type t on t.code = x.activity_type_code
                join (select max(y.id) as id from activity y
                      join (select z.advocate_id, max(z.occurred_on) as occurred_on from activity z"""
                + scope.where("z.advocate_id") + """
                       group by z.advocate_id) d on d.advocate_id = y.advocate_id and d.occurred_on = y.occurred_on
                      group by y.advocate_id) l on l.id = x.id""", parameters, builders, (row, rs) -> {
                    row.lastActivityDay = Math.toIntExact(rs.getObject(2, LocalDate.class).toEpochDay());
                    row.lastActivityHeavy = rs.getBoolean(3);
                });
        var rows = new HashMap<Long, MatchRow>();
        builders.forEach((id, builder) -> rows.put(id, builder.build(dictionaries)));
        return rows;
    }

    private Map<Long, Tier> tiers() {
        var tiers = new HashMap<Long, Tier>();
        jdbc.query("select t.id, t.name, t.tier_rank from tier t", rs -> {
            tiers.put(rs.getLong(1), new Tier(rs.getString(2), rs.getInt(3)));
        });
        jdbc.query("select x.tier_id, x.activity_type_code from tier_activity_type x", rs -> {
            var tier = tiers.get(rs.getLong(1));
            tier.allowedTypes |= MatchRow.bit(ActivityTypeCode.valueOf(rs.getString(2)));
        });
        return tiers;
    }

    /** The matchable advocates in scope; one whose row cannot be read is left out, loudly (docs/reliability.md R2). */
    private Map<Long, RowBuilder> advocates(RowScope scope, Map<Long, Tier> tiers) {
        var parameters = new HashMap<>(scope.parameters());
        parameters.put("active", AdvocateStatus.ACTIVE.name());
        var builders = new TreeMap<Long, RowBuilder>();
        // One copy of each company's name, not one per advocate.
        var companyNames = new HashMap<String, String>();
        jdbc.query("""
                select a.id, a.customer_account_id, a.name, a.persona, a.time_zone, a.paused_until, a.tier_id,
                       c.company_name, c.industry, c.size_band, c.region
                from advocate a join customer_account c on c.id = a.customer_account_id
                where a.status = :active and c.pending_review = false""" + scope.and("a.id"), parameters, rs -> {
                    long id = rs.getLong(1);
                    try {
                        builders.put(id, advocate(rs, tiers, companyNames));
                    } catch (IllegalArgumentException | DateTimeException unreadable) {
                        LOG.warn("Advocate {} left out of matching: {}", id, unreadable.getMessage());
                    }
                });
        return builders;
    }

    private RowBuilder advocate(ResultSet rs, Map<Long, Tier> tiers, Map<String, String> companyNames)
            throws SQLException {
        var zoneId = rs.getString(5);
        ZoneId zone;
        try {
            zone = zones.computeIfAbsent(zoneId, ZoneId::of);
        } catch (DateTimeException broken) {
            // The wording of Advocate.unreadableBecause, which the entity path logs.
            throw new DateTimeException("time zone '" + zoneId + "': " + broken.getMessage(), broken);
        }
        var persona = rs.getString(4);
        var pausedUntil = rs.getObject(6, LocalDate.class);
        long tierId = rs.getLong(7);
        var tier = rs.wasNull() ? null : tiers.get(tierId);
        var companyName = companyNames.computeIfAbsent(rs.getString(8), name -> name);
        return new RowBuilder(rs.getLong(1), rs.getLong(2), rs.getString(3), companyName, tier,
                Industry.valueOf(rs.getString(9)), SizeBand.valueOf(rs.getString(10)), Region.valueOf(rs.getString(11)),
                persona == null ? null : Persona.valueOf(persona),
                pausedUntil == null ? MatchRow.NONE : Math.toIntExact(pausedUntil.toEpochDay()), zone);
    }

    private void query(String sql, Map<String, ?> parameters, Map<Long, RowBuilder> builders, RowReader reader) {
        jdbc.query(sql, parameters, rs -> {
            var builder = builders.get(rs.getLong(1));
            // Rows of advocates that are not matchable, or not in scope, come along with whole-table reads.
            if (builder != null) {
                reader.read(builder, rs);
            }
        });
    }

    private static List<List<Long>> chunks(Set<Long> ids) {
        var sorted = ids.stream().sorted().toList();
        var chunks = new ArrayList<List<Long>>();
        for (int from = 0; from < sorted.size(); from += IDS_PER_QUERY) {
            chunks.add(sorted.subList(from, Math.min(sorted.size(), from + IDS_PER_QUERY)));
        }
        return chunks;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(RowBuilder row, ResultSet rs) throws SQLException;
    }

    private static final class Tier {
        final String name;
        final int rank;
        int allowedTypes;

        Tier(String name, int rank) {
            this.name = name;
            this.rank = rank;
        }
    }

    /** One advocate's row while its tables are read. */
    private static final class RowBuilder {
        final long id;
        final long accountId;
        final String name;
        final String companyName;
        final Tier tier;
        final Industry industry;
        final SizeBand sizeBand;
        final Region region;
        final Persona persona;
        final int pausedUntil;
        final ZoneId zone;
        final int[] ownMaxByType = new int[TYPES];
        int willingTypes;
        final List<Integer> blackouts = new ArrayList<>();
        final List<String> languages = new ArrayList<>();
        final List<Long> products = new ArrayList<>();
        final List<Long> useCases = new ArrayList<>();
        final LongList askedAt = new LongList();
        int lastActivityDay = MatchRow.NONE;
        boolean lastActivityHeavy;

        RowBuilder(long id, long accountId, String name, String companyName, Tier tier, Industry industry,
                   SizeBand sizeBand, Region region, Persona persona, int pausedUntil, ZoneId zone) {
            this.id = id;
            this.accountId = accountId;
            this.name = name;
            this.companyName = companyName;
            this.tier = tier;
            this.industry = industry;
            this.sizeBand = sizeBand;
            this.region = region;
            this.persona = persona;
            this.pausedUntil = pausedUntil;
            this.zone = zone;
            Arrays.fill(ownMaxByType, -1);
        }

        MatchRow build(MatchDictionaries dictionaries) {
            var asks = askedAt.toArray();
            Arrays.sort(asks);
            var blackoutDays = blackouts.isEmpty() ? NO_DAYS : blackouts.stream().mapToInt(Integer::intValue).toArray();
            return new MatchRow(id, accountId, name, companyName, tier == null ? null : tier.name, industry, sizeBand,
                    region, persona, dictionaries.products().bitsOf(products), dictionaries.useCases().bitsOf(useCases),
                    dictionaries.languages().bitsOf(languages), willingTypes, ownMaxByType, pausedUntil,
                    blackoutDays,
                    tier == null ? EligibilitySnapshots.UNTIERED_RANK : tier.rank, tier == null ? 0 : tier.allowedTypes,
                    zone, asks, lastActivityDay, lastActivityHeavy);
        }
    }

    /** A growing {@code long[]}: an advocate may have hundreds of asks, boxed they would cost four times the memory. */
    private static final class LongList {
        private long[] values = new long[4];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return size == 0 ? NO_ASKS : Arrays.copyOf(values, size);
        }
    }
}
