package org.peerproof.benchmarks;

import static org.peerproof.benchmarks.BenchmarkVocabulary.*;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32C;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.calendar.BusinessDays;
import org.peerproof.domain.outcome.DealResult;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.shared.SeededChoices;

/**
 * Fills a freshly migrated schema with a large reference program through batched JDBC inserts: accounts, advocates
 * with consents, languages, products, use cases and blackouts, two years of requests with their asks, three years of
 * activities, and deal outcomes. The same seed, size and {@link #NOW} give the same rows on every machine. The rows
 * keep the schema's constraints (foreign keys and checks stay on) and the shapes the application writes: a completed
 * ask has its activity and its call time, a pending ask has not expired yet, a paused advocate has an end date.
 */
final class DataSetGenerator {

    static final long SEED = 20_261_118L;
    /**
     * The data set's "now", a Wednesday in the middle of a quarter. The benchmark's clock stands still here, so every
     * run ranks the same program on the same day, whatever the machine's date.
     */
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    static final int DAYS_OF_REQUESTS = 2 * 365;
    static final int DAYS_OF_ACTIVITIES = 3 * 365;
    /** Requests the benchmark ranks: the newest ones, as staff match what was just filed. */
    static final int RANKED_REQUESTS = 5;

    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final int ACCOUNTS_PENDING_REVIEW_PERCENT = 4;
    private static final int ACCOUNTS_PER_CSM = 100;
    /** Reference calls come from asks; staff log the other activity types informally too. */
    private static final Set<ActivityTypeCode> REFERENCE_CALLS = EnumSet.of(ActivityTypeCode.REFERENCE_CALL_15,
            ActivityTypeCode.REFERENCE_CALL_30);

    /**
     * What the generator wrote: rows per table, a fingerprint of every value written (equal fingerprints, equal
     * data), and what the measurements use.
     */
    record DataSet(DataSetSize size, Map<String, Long> rowsByTable, String fingerprint, int matchableAdvocates,
                   List<Long> rankedRequestIds, Duration generationTime) {
    }

    private final Connection connection;
    private final DataSetSize size;
    private final Random random = new Random(SEED);
    private final SeededChoices choices = new SeededChoices(random);
    private final List<TableBatch> tables = new ArrayList<>();

    private final Map<Integer, Long> tierIdByRank = new HashMap<>();
    private final Map<Integer, List<ActivityTypeCode>> allowedTypesByRank = new HashMap<>();
    private final Map<ActivityTypeCode, Integer> effortByType = new EnumMap<>(ActivityTypeCode.class);

    private Country[] accountCountry;
    private boolean[] accountPendingReview;
    private String[] accountOwner;
    private List<List<Long>> accountProducts;
    private int[] advocateAccount;
    private int[] advocateTierRank;
    private LocalDate[] advocateJoined;
    /** Advocates who have been active (joined), by index; only they have asks and activities. */
    private final List<Integer> everActive = new ArrayList<>();
    /** Of those, the ones willing to do each activity type: whom the history's asks go to. */
    private final Map<ActivityTypeCode, List<Integer>> willingFor = new EnumMap<>(ActivityTypeCode.class);
    private int matchable;

    private TableBatch activity;
    private long activityId;

    private DataSetGenerator(Connection connection, DataSetSize size) {
        this.connection = connection;
        this.size = size;
    }

    /** Generates the program of {@code size} into the empty, migrated schema {@code connection} points at. */
    static DataSet generate(Connection connection, DataSetSize size) throws SQLException {
        return new DataSetGenerator(connection, size).run();
    }

    private DataSet run() throws SQLException {
        long started = System.nanoTime();
        readReferenceData();
        catalog();
        accounts();
        advocates();
        var ranked = requests();
        informalActivities();
        for (var table : tables) {
            table.close();
        }
        var rows = new LinkedHashMap<String, Long>();
        var fingerprint = new CRC32C();
        for (var table : tables) {
            rows.put(table.table(), table.rows());
            fingerprint.update(ByteBuffer.allocate(Long.BYTES).putLong(0, table.digest()));
        }
        return new DataSet(size, rows, "%08x".formatted(fingerprint.getValue()), matchable, ranked,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The program's reference data (Flyway V2): tiers, what each allows, the activity types' effort. */
    private void readReferenceData() throws SQLException {
        try (var statement = connection.createStatement()) {
            try (var tiers = statement.executeQuery("SELECT id, tier_rank FROM tier")) {
                while (tiers.next()) {
                    tierIdByRank.put(tiers.getInt(2), tiers.getLong(1));
                }
            }
            try (var allowed = statement.executeQuery("""
                    SELECT t.tier_rank, a.activity_type_code FROM tier_activity_type a JOIN tier t ON t.id = a.tier_id
                    ORDER BY t.tier_rank, a.activity_type_code""")) {
                while (allowed.next()) {
                    allowedTypesByRank.computeIfAbsent(allowed.getInt(1), rank -> new ArrayList<>())
                            .add(ActivityTypeCode.valueOf(allowed.getString(2)));
                }
            }
            try (var types = statement.executeQuery("SELECT code, effort_weight FROM activity_type")) {
                while (types.next()) {
                    effortByType.put(ActivityTypeCode.valueOf(types.getString(1)), types.getInt(2));
                }
            }
        }
        for (var type : ActivityTypeCode.values()) {
            willingFor.put(type, new ArrayList<>());
        }
    }

    private TableBatch table(String name, List<String> columns, TableBatch... referenced) throws SQLException {
        var table = new TableBatch(connection, name, columns, referenced);
        tables.add(table);
        return table;
    }

    // ---- catalog, accounts, advocates ------------------------------------------------------------

    private void catalog() throws SQLException {
        var products = table("product", List.of("id", "name"));
        for (int i = 0; i < PRODUCTS.size(); i++) {
            products.add(i + 1L, PRODUCTS.get(i));
        }
        var useCases = table("use_case", List.of("id", "name"));
        for (int i = 0; i < USE_CASES.size(); i++) {
            useCases.add(i + 1L, USE_CASES.get(i));
        }
        products.flush();
        useCases.flush();
    }

    private void accounts() throws SQLException {
        int count = size.accounts();
        int csms = Math.max(3, count / ACCOUNTS_PER_CSM);
        accountCountry = new Country[count];
        accountOwner = new String[count];
        accountPendingReview = new boolean[count];
        accountProducts = new ArrayList<>(count);
        var accounts = table("customer_account", List.of("id", "company_name", "industry", "size_band", "region",
                "country_code", "crm_account_id", "relationship_owner", "health", "nps_score", "pending_review"));
        var owned = table("customer_account_product", List.of("customer_account_id", "product_id"), accounts);
        for (int i = 0; i < count; i++) {
            var country = pick(COUNTRIES);
            accountCountry[i] = country;
            int csm = i % csms;
            accountOwner[i] = (csm == 0 ? "csm" : "csm" + (csm + 1)) + "@peerproof.test";
            var name = pick(COMPANY_STEMS) + " " + pick(COMPANY_SUFFIXES) + " " + (i + 1);
            accountPendingReview[i] = random.nextInt(100) < ACCOUNTS_PENDING_REVIEW_PERCENT;
            accounts.add(i + 1L, name, pick(List.of(Industry.values())), choices.sizeBand(), country.region(),
                    country.code(), "BENCH-ACC-%06d".formatted(i + 1), accountOwner[i], choices.relationshipHealth(),
                    random.nextInt(100) < 70 ? 20 + random.nextInt(60) : null, accountPendingReview[i]);
            var products = sample(productIds(), 1 + random.nextInt(3));
            accountProducts.add(products);
            for (var product : products) {
                owned.add(i + 1L, product);
            }
        }
        accounts.flush();
    }

    private void advocates() throws SQLException {
        int count = size.advocates();
        advocateAccount = new int[count];
        advocateTierRank = new int[count];
        advocateJoined = new LocalDate[count];
        var advocates = table("advocate", List.of("id", "customer_account_id", "name", "title", "persona", "email",
                "time_zone", "bio", "tier_id", "status", "joined_on", "last_recommitted_on", "last_profile_review_on",
                "preferred_locale", "email_bounced", "paused_until", "working_hours_start", "working_hours_end",
                "created_at"));
        var languages = table("advocate_language", List.of("advocate_id", "language_code"), advocates);
        var products = table("advocate_product", List.of("advocate_id", "product_id"), advocates);
        var useCases = table("advocate_use_case", List.of("advocate_id", "use_case_id"), advocates);
        var outcomes = table("advocate_outcome", List.of("advocate_id", "line_no", "outcome"), advocates);
        var blackouts = table("advocate_blackout", List.of("advocate_id", "start_date", "end_date"), advocates);
        var consents = table("activity_consent", List.of("id", "advocate_id", "activity_type_code", "willing",
                "max_asks_per_quarter", "preferred_channel"), advocates);
        long consentId = 0;
        for (int i = 0; i < count; i++) {
            long id = i + 1L;
            int account = random.nextInt(size.accounts());
            var country = accountCountry[account];
            var status = weightedStatus();
            int rank = choices.tierRank();
            advocateAccount[i] = account;
            advocateTierRank[i] = rank;
            boolean joined = status != AdvocateStatus.NOMINATED && status != AdvocateStatus.INVITED;
            var joinedOn = joined ? TODAY.minusDays(60 + random.nextInt(1_440)) : null;
            advocateJoined[i] = joinedOn;
            if (joined) {
                everActive.add(i);
            }
            if (status == AdvocateStatus.ACTIVE && !accountPendingReview[account]) {
                matchable++;
            }
            var title = pick(TITLES);
            boolean workingHours = random.nextInt(100) < 90;
            advocates.add(id, account + 1L, pick(FIRST_NAMES) + " " + pick(LAST_NAMES), title,
                    pick(List.of(Persona.values())), "advocate" + id + "@account" + (account + 1) + ".bench.example",
                    country.timeZone(), title + ". Fictional benchmark profile.", tierIdByRank.get(rank), status,
                    joinedOn,
                    joined ? lastRecommitment(joinedOn) : null,
                    joined ? lastProfileReview(joinedOn) : null,
                    country.languages().getFirst(), random.nextInt(100) < 2,
                    status == AdvocateStatus.PAUSED ? TODAY.plusDays(10 + random.nextInt(60)) : null,
                    workingHours ? LocalTime.of(8 + random.nextInt(2), 0) : null,
                    workingHours ? LocalTime.of(17, 0) : null,
                    joined ? joinedOn.atStartOfDay(ZoneOffset.UTC).toInstant()
                            : NOW.minus(Duration.ofDays(1 + random.nextInt(60))));
            for (var language : country.languages()) {
                languages.add(id, language);
            }
            for (var product : sample(accountProducts.get(account), 1 + random.nextInt(2))) {
                products.add(id, product);
            }
            for (var useCase : sample(useCaseIds(), 1 + random.nextInt(3))) {
                useCases.add(id, useCase);
            }
            if (random.nextInt(100) < 80) {
                outcomes.add(id, 0, pick(OUTCOMES));
            }
            if (random.nextInt(100) < 12) {
                var start = TODAY.plusDays(random.nextInt(60) - 20);
                blackouts.add(id, start, start.plusDays(3 + random.nextInt(15)));
            }
            if (random.nextInt(100) < 3) {
                var start = TODAY.minusDays(200 + random.nextInt(200));
                blackouts.add(id, start, start.plusDays(7));
            }
            for (var type : allowedTypesByRank.getOrDefault(rank, List.of())) {
                if (random.nextInt(100) < 80) {
                    boolean willing = random.nextInt(100) < 85;
                    consents.add(++consentId, id, type, willing, Math.min(3, 4 - rank),
                            random.nextInt(100) < 70 ? pick(List.of(ContactChannel.values())) : null);
                    if (willing && joined) {
                        willingFor.get(type).add(i);
                    }
                }
            }
        }
        advocates.flush();
    }

    /** Within the last 400 days, and not before the advocate joined. */
    private LocalDate lastRecommitment(LocalDate joinedOn) {
        return TODAY.minusDays(random.nextInt((int) Math.min(400, ChronoUnit.DAYS.between(joinedOn, TODAY))));
    }

    /** Most advocates answer rule 9's review prompt within the period; about one in eight is overdue. */
    private LocalDate lastProfileReview(LocalDate joinedOn) {
        int roll = random.nextInt(100);
        var reviewed = roll < 88 ? TODAY.minusDays(roll * 2L) : TODAY.minusDays(190 + (roll - 88) * 15L);
        return reviewed.isBefore(joinedOn) ? joinedOn : reviewed;
    }

    // ---- requests, asks, their activities and deals ----------------------------------------------

    /** The requests of the last two years, oldest first; returns the ids of the newest, which the benchmark ranks. */
    private List<Long> requests() throws SQLException {
        var requests = table("reference_request", List.of("id", "opportunity_id", "prospect_company",
                "prospect_industry", "size_band", "region", "use_case_id", "preferred_persona", "language_code",
                "deal_stage", "deal_amount", "activity_type_code", "needed_by", "status", "requested_by", "created_at",
                "first_matched_at", "fulfilled_at"));
        var requestProducts = table("reference_request_product", List.of("reference_request_id", "product_id"),
                requests);
        var asks = table("ask", List.of("id", "reference_request_id", "advocate_id", "status", "asked_at",
                "expires_at", "responded_at", "decline_reason", "scheduled_at", "advocate_brief_sent_at",
                "prospect_brief_sent_at", "thank_you_sent_at", "call_happened", "prospect_feedback", "prospect_score"),
                requests);
        var deals = table("deal_outcome", List.of("id", "opportunity_id", "result", "amount", "close_date",
                "days_in_cycle"));
        var dealAsks = table("deal_outcome_ask", List.of("deal_outcome_id", "ask_id"), deals, asks);
        // Activities of completed asks reference the ask; the informal ones written later only the advocate.
        activity = table("activity", List.of("id", "advocate_id", "activity_type_code", "occurred_on",
                "effort_weight", "reference_request_id", "ask_id", "opportunity_id", "logged_by", "created_at"), asks);
        int count = size.requests();
        long spanSeconds = Duration.ofDays(DAYS_OF_REQUESTS).toSeconds();
        long askId = 0;
        for (int r = 0; r < count; r++) {
            long id = r + 1L;
            var createdAt = NOW.minusSeconds(spanSeconds - spanSeconds * r / count)
                    .plusSeconds(random.nextInt(3 * 3_600));
            if (!createdAt.isBefore(NOW)) {
                createdAt = NOW.minusSeconds(60L * (count - r));
            }
            var type = weightedRequestedType();
            var country = pick(COUNTRIES);
            var opportunity = "OPP-BENCH-%06d".formatted(id);
            var plan = new RequestPlan(id, type, createdAt, intendedStatus(createdAt));
            planAsks(plan, askId);
            askId += plan.asks.size();

            var dealAmount = BigDecimal.valueOf(20_000L + random.nextInt(480) * 1_000L);
            requests.add(id, opportunity, "Prospect " + pick(COMPANY_STEMS) + " " + id,
                    pick(List.of(Industry.values())), choices.sizeBand(), country.region(),
                    1L + random.nextInt(USE_CASES.size()),
                    random.nextInt(100) < 30 ? pick(List.of(Persona.values())) : null, country.languages().getFirst(),
                    pick(List.of(DealStage.values())), dealAmount, type,
                    LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(7 + random.nextInt(15)), plan.status,
                    pick(SALES_REPS), createdAt, plan.firstMatchedAt, plan.fulfilledAt);
            for (var product : sample(productIds(), 1 + random.nextInt(2))) {
                requestProducts.add(id, product);
            }
            for (var ask : plan.asks) {
                asks.add(ask);
            }
            if (plan.completed != null) {
                activity.add(++activityId, plan.completed.advocateId, type,
                        LocalDate.ofInstant(plan.completed.scheduledAt, ZoneOffset.UTC), effortByType.get(type), id,
                        plan.completed.id, opportunity, PROGRAM_MANAGER,
                        earlier(plan.completed.scheduledAt.plus(Duration.ofHours(2)), NOW));
            }
            if (plan.status != RequestStatus.NEW) {
                var closeDate = LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(30 + random.nextInt(120));
                boolean closed = closeDate.isBefore(TODAY);
                boolean won = random.nextInt(100) < (plan.completed == null ? 36 : 58);
                deals.add(id, opportunity, closed ? (won ? DealResult.WON : DealResult.LOST) : DealResult.OPEN,
                        closed ? dealAmount : null, closed ? closeDate : null,
                        closed ? (int) ChronoUnit.DAYS.between(createdAt.atZone(ZoneOffset.UTC).toLocalDate()
                                .minusDays(30 + random.nextInt(60)), closeDate) : null);
                if (plan.completed != null) {
                    dealAsks.add(id, plan.completed.id);
                }
            }
        }
        var ranked = new ArrayList<Long>();
        for (long id = count; id > count - RANKED_REQUESTS && id > 0; id--) {
            ranked.add(id);
        }
        return ranked;
    }

    /** What became of a request, decided before its rows are written so that request and asks agree. */
    private static final class RequestPlan {
        final long id;
        final ActivityTypeCode type;
        final Instant createdAt;
        RequestStatus status;
        Instant firstMatchedAt;
        Instant fulfilledAt;
        final List<Object[]> asks = new ArrayList<>();
        CompletedAsk completed;

        RequestPlan(long id, ActivityTypeCode type, Instant createdAt, RequestStatus status) {
            this.id = id;
            this.type = type;
            this.createdAt = createdAt;
            this.status = status;
        }
    }

    private record CompletedAsk(long id, long advocateId, Instant scheduledAt) {
    }

    /** New requests wait for matching; recent ones are being asked; older ones were settled one way or another. */
    private RequestStatus intendedStatus(Instant createdAt) {
        long hours = Duration.between(createdAt, NOW).toHours();
        int roll = random.nextInt(100);
        if (hours < 6) {
            return roll < 50 ? RequestStatus.NEW : RequestStatus.MATCHING;
        }
        if (hours < 3 * 24) {
            return RequestStatus.ASKED;
        }
        if (hours < 30 * 24) {
            return roll < 45 ? RequestStatus.FULFILLED : roll < 80 ? RequestStatus.ASKED : RequestStatus.UNFULFILLED;
        }
        return roll < 55 ? RequestStatus.FULFILLED : roll < 90 ? RequestStatus.UNFULFILLED : RequestStatus.CANCELLED;
    }

    /**
     * Asks in waves a few hours apart to distinct advocates willing to do the activity. Of a request meant to be
     * fulfilled the last ask is accepted and, once its call is past, completed; the others were declined, expired or
     * withdrawn, unless they are still within their three business days.
     */
    private void planAsks(RequestPlan plan, long lastAskId) {
        if (plan.status == RequestStatus.NEW || plan.status == RequestStatus.MATCHING) {
            return;
        }
        var willing = willingFor.get(plan.type);
        int wanted = Math.min(6 + random.nextInt(10), willing.size());
        var askTimes = new ArrayList<Instant>();
        for (int i = 0; i < wanted; i++) {
            var askedAt = plan.createdAt.plus(Duration.ofHours(2 + 4L * i)).plusSeconds(random.nextInt(3_600));
            if (!askedAt.isBefore(NOW)) {
                break;
            }
            askTimes.add(askedAt);
        }
        var chosen = new ArrayList<Integer>();
        while (chosen.size() < askTimes.size()) {
            var advocate = willing.get(random.nextInt(willing.size()));
            if (!chosen.contains(advocate)) {
                chosen.add(advocate);
            }
        }
        boolean fulfil = plan.status == RequestStatus.FULFILLED;
        if (askTimes.isEmpty()) {
            // Nobody is willing to do the activity: the request waits, or was closed without a match.
            plan.status = switch (plan.status) {
                case ASKED -> RequestStatus.MATCHING;
                case FULFILLED -> RequestStatus.UNFULFILLED;
                default -> plan.status;
            };
            return;
        }
        if (fulfil) {
            plan.status = RequestStatus.ASKED;
        }
        for (int i = 0; i < askTimes.size(); i++) {
            long askId = lastAskId + i + 1;
            long advocateId = chosen.get(i) + 1L;
            var askedAt = askTimes.get(i);
            var expiresAt = BusinessDays.add(askedAt, 3, ZoneOffset.UTC);
            if (fulfil && i == askTimes.size() - 1) {
                plan.asks.add(winningAsk(plan, askId, advocateId, askedAt, expiresAt));
            } else {
                plan.asks.add(otherAsk(plan.id, askId, advocateId, askedAt, expiresAt));
            }
        }
    }

    private Object[] winningAsk(RequestPlan plan, long askId, long advocateId, Instant askedAt, Instant expiresAt) {
        var respondedAt = askedAt.plus(Duration.ofHours(1 + random.nextInt(20)));
        if (!respondedAt.isBefore(NOW)) {
            return askRow(askId, plan.id, advocateId, AskStatus.PENDING, askedAt, expiresAt, null, null, null, null,
                    null, null);
        }
        var scheduledAt = respondedAt.plus(Duration.ofDays(2 + random.nextInt(8)));
        var briefsSentAt = respondedAt.plus(Duration.ofHours(1));
        plan.firstMatchedAt = respondedAt;
        if (!scheduledAt.isBefore(NOW)) {
            return askRow(askId, plan.id, advocateId, AskStatus.ACCEPTED, askedAt, expiresAt, respondedAt, null,
                    scheduledAt, briefsSentAt, null, null);
        }
        plan.status = RequestStatus.FULFILLED;
        plan.fulfilledAt = scheduledAt;
        plan.completed = new CompletedAsk(askId, advocateId, scheduledAt);
        var thankYouAt = scheduledAt.plus(Duration.ofHours(3 + random.nextInt(18)));
        return askRow(askId, plan.id, advocateId, AskStatus.COMPLETED, askedAt, expiresAt, respondedAt, null,
                scheduledAt, briefsSentAt, thankYouAt.isBefore(NOW) ? thankYouAt : null, 5 + random.nextInt(6));
    }

    private Object[] otherAsk(long requestId, long askId, long advocateId, Instant askedAt, Instant expiresAt) {
        int roll = random.nextInt(100);
        var respondedAt = askedAt.plus(Duration.ofHours(1 + random.nextInt(47)));
        boolean open = expiresAt.isAfter(NOW);
        if (respondedAt.isBefore(NOW) && (open ? roll < 30 : roll < 45)) {
            return askRow(askId, requestId, advocateId, AskStatus.DECLINED, askedAt, expiresAt, respondedAt,
                    pick(DECLINE_REASONS), null, null, null, null);
        }
        var status = open ? AskStatus.PENDING : roll < 80 ? AskStatus.EXPIRED : AskStatus.WITHDRAWN;
        return askRow(askId, requestId, advocateId, status, askedAt, expiresAt, null, null, null, null, null, null);
    }

    private static Object[] askRow(long id, long requestId, long advocateId, AskStatus status, Instant askedAt,
                                   Instant expiresAt, Instant respondedAt, String declineReason, Instant scheduledAt,
                                   Instant briefsSentAt, Instant thankYouSentAt, Integer prospectScore) {
        boolean completed = status == AskStatus.COMPLETED;
        return new Object[] {id, requestId, advocateId, status, askedAt, expiresAt, respondedAt, declineReason,
                scheduledAt, briefsSentAt, briefsSentAt, thankYouSentAt, completed ? Boolean.TRUE : null,
                completed ? "Helpful, candid conversation." : null, prospectScore};
    }

    /**
     * The rest of the ten activities per advocate: logged by staff without an ask, of a type the advocate's tier
     * allows other than reference calls (those come from asks), on a day since they joined, at most three years ago.
     */
    private void informalActivities() throws SQLException {
        long remaining = size.activities() - activity.rows();
        for (long i = 0; i < remaining; i++) {
            int advocate = everActive.get(random.nextInt(everActive.size()));
            var types = allowedTypesByRank.get(advocateTierRank[advocate]).stream()
                    .filter(type -> !REFERENCE_CALLS.contains(type))
                    .toList();
            var type = pick(types);
            var earliest = advocateJoined[advocate].isAfter(TODAY.minusDays(DAYS_OF_ACTIVITIES))
                    ? advocateJoined[advocate] : TODAY.minusDays(DAYS_OF_ACTIVITIES);
            var day = earliest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, TODAY) + 1));
            var loggedAt = day.atTime(15, random.nextInt(60)).toInstant(ZoneOffset.UTC);
            activity.add(++activityId, advocate + 1L, type, day, effortByType.get(type), null, null, null,
                    random.nextBoolean() ? PROGRAM_MANAGER : accountOwner[advocateAccount[advocate]],
                    earlier(loggedAt, NOW.minusSeconds(60)));
        }
    }

    // ---- weighted random helpers -----------------------------------------------------------------

    private <T> T pick(List<T> values) {
        return choices.pick(values);
    }

    private <T> List<T> sample(List<T> values, int count) {
        return choices.sample(values, count);
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    private static List<Long> productIds() {
        return ids(PRODUCTS.size());
    }

    private static List<Long> useCaseIds() {
        return ids(USE_CASES.size());
    }

    private static List<Long> ids(int count) {
        var ids = new ArrayList<Long>(count);
        for (long id = 1; id <= count; id++) {
            ids.add(id);
        }
        return ids;
    }

    /** 72 % active; the rest paused, lapsed, not yet joined, gone or withdrawn. */
    private AdvocateStatus weightedStatus() {
        int roll = random.nextInt(100);
        if (roll < 72) {
            return AdvocateStatus.ACTIVE;
        }
        return roll < 78 ? AdvocateStatus.PAUSED : roll < 84 ? AdvocateStatus.LAPSED : roll < 89
                ? AdvocateStatus.NOMINATED : roll < 92 ? AdvocateStatus.INVITED : roll < 96
                ? AdvocateStatus.LEFT_COMPANY : AdvocateStatus.WITHDRAWN;
    }

    private ActivityTypeCode weightedRequestedType() {
        int roll = random.nextInt(100);
        for (int i = 0; i < REQUESTED_TYPES.size(); i++) {
            roll -= REQUESTED_TYPE_PERCENT.get(i);
            if (roll < 0) {
                return REQUESTED_TYPES.get(i);
            }
        }
        return ActivityTypeCode.REFERENCE_CALL_30;
    }
}
