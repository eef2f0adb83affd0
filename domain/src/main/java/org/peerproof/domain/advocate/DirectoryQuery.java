package org.peerproof.domain.advocate;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.tier.Tier;

/**
 * The directory's filter, access scope and sort as JPA Criteria over one advocate root, so the page query and the
 * count query share them. Every value is bound as a query parameter. Dates are the program clock's: the SQL
 * cannot use each advocate's own time zone, so near midnight or a quarter's edge a filter may differ by a day from
 * the per-row figures, which {@link AdvocateDirectory} computes in the advocate's zone.
 */
final class DirectoryQuery {

    private static final char LIKE_ESCAPE = '\\';

    private final CriteriaBuilder cb;
    private final AbstractQuery<?> query;
    private final Root<Advocate> advocate;
    private Join<Advocate, CustomerAccount> account;
    private Join<Advocate, Tier> tier;
    private final Moment moment;

    /**
     * The program-clock instants and days the filters compare with.
     *
     * @param today               the program's current day
     * @param startOfTomorrow     asks before it count as "up to today"
     * @param quarterStart        first instant of the current calendar quarter
     * @param quarterEnd          first instant of the next quarter
     * @param rollingQuarterStart first instant of rule 2's rolling quarter ending today
     * @param rules               the program settings in force
     */
    record Moment(LocalDate today, Instant startOfTomorrow, Instant quarterStart, Instant quarterEnd,
                  Instant rollingQuarterStart, ProgramRules rules) {

        /** Profiles last reviewed on or before this day are stale (rule 9). */
        LocalDate staleOnOrBefore() {
            return ProfileRules.staleOnOrBefore(today, rules.profileReviewMonths());
        }
    }

    DirectoryQuery(CriteriaBuilder cb, AbstractQuery<?> query, Root<Advocate> advocate, Moment moment) {
        this.cb = cb;
        this.query = query;
        this.advocate = advocate;
        this.moment = moment;
    }

    /** The filter's conditions, and for a customer success manager only the accounts they own. */
    Predicate where(DirectoryFilter filter, Optional<String> relationshipOwner) {
        var conditions = new ArrayList<Predicate>();
        relationshipOwner.ifPresent(owner -> conditions.add(ownedBy(owner)));
        addIfSet(conditions, filter.industry(), value -> cb.equal(account().get("industry"), value));
        addIfSet(conditions, filter.region(), value -> cb.equal(account().get("region"), value));
        if (!filter.sizeBands().isEmpty()) {
            conditions.add(account().get("sizeBand").in(filter.sizeBands()));
        }
        addIfSet(conditions, filter.productId(), id -> hasMember("productsUsed", member -> member.get("id"), id));
        addIfSet(conditions, filter.useCaseId(), id -> hasMember("useCases", member -> member.get("id"), id));
        addIfSet(conditions, filter.language(), code -> hasMember("languages", member -> member, code));
        addIfSet(conditions, filter.tierRank(), rank -> cb.equal(tier().get("rank"), rank));
        addIfSet(conditions, filter.status(), status -> cb.equal(advocate.get("status"), status));
        if (!filter.willingFor().isEmpty()) {
            conditions.add(willingForAnyOf(filter.willingFor()));
        }
        addIfSet(conditions, filter.relationshipOwner(), owner -> ownedBy(owner));
        if (filter.availableNow()) {
            conditions.add(availableToday());
        }
        addIfSet(conditions, filter.minAsksThisQuarter(),
                min -> cb.ge(askCount(moment.quarterStart(), moment.quarterEnd()), min));
        addIfSet(conditions, filter.maxAsksThisQuarter(),
                max -> cb.le(askCount(moment.quarterStart(), moment.quarterEnd()), max));
        addIfSet(conditions, filter.burnoutFlagged(), flagged -> flagged ? burnout() : cb.not(burnout()));
        addIfSet(conditions, filter.lastUsedBefore(),
                day -> cb.not(cb.exists(activityWhere(occurredOn -> cb.greaterThanOrEqualTo(occurredOn, day)))));
        addIfSet(conditions, filter.lastUsedAfter(),
                day -> cb.exists(activityWhere(occurredOn -> cb.greaterThan(occurredOn, day))));
        addIfSet(conditions, filter.staleProfile(), this::profileStale);
        addIfSet(conditions, filter.text(), this::textMatches);
        return cb.and(conditions.toArray(Predicate[]::new));
    }

    /**
     * The requested orders, or by name: the default order puts stale profiles first, which {@link AdvocateDirectory}
     * reads as a stale and a fresh part, each by name. The id keeps pages stable.
     */
    List<Order> orderBy(List<DirectorySort> sorts) {
        var orders = new ArrayList<Order>();
        if (sorts.isEmpty()) {
            orders.add(cb.asc(advocate.get("name")));
        }
        for (var sort : sorts) {
            Expression<?> column = switch (sort.key()) {
                case NAME -> advocate.get("name");
                case COMPANY -> account().get("companyName");
                case INDUSTRY -> account().get("industry");
                case REGION -> account().get("region");
                case TIER -> tier().get("rank");
                case STATUS -> advocate.get("status");
                case OWNER -> account().get("relationshipOwner");
                case PROFILE_REVIEWED -> advocate.get("lastProfileReviewOn");
            };
            orders.add(sort.ascending() ? cb.asc(column) : cb.desc(column));
        }
        orders.add(cb.asc(advocate.get("id")));
        return orders;
    }

    /**
     * The account and tier are joined only for a filter or sort that reads them: without them, the default order's
     * ids come from the name index alone.
     */
    private Join<Advocate, CustomerAccount> account() {
        if (account == null) {
            account = advocate.join("account", JoinType.LEFT);
        }
        return account;
    }

    private Join<Advocate, Tier> tier() {
        if (tier == null) {
            tier = advocate.join("tier", JoinType.LEFT);
        }
        return tier;
    }

    private static <T> void addIfSet(List<Predicate> conditions, T value, Function<T, Predicate> condition) {
        if (value != null) {
            conditions.add(condition.apply(value));
        }
    }

    /** The advocate's collection {@code attribute} holds an element whose {@code key} equals {@code value}. */
    private Predicate hasMember(String attribute, Function<Join<Advocate, ?>, Expression<?>> key, Object value) {
        var members = query.subquery(Long.class);
        var same = members.correlate(advocate);
        Join<Advocate, ?> member = same.join(attribute);
        members.select(same.get("id")).where(cb.equal(key.apply(member), value));
        return cb.exists(members);
    }

    /** The advocate's account is owned by this customer success manager; emails compare in any case. */
    private Predicate ownedBy(String owner) {
        return cb.equal(cb.lower(account().get("relationshipOwner")), owner.toLowerCase(Locale.ROOT));
    }

    /** The advocate consents (is willing) to at least one of {@code types}. */
    private Predicate willingForAnyOf(Set<ActivityTypeCode> types) {
        var consents = query.subquery(Long.class);
        var consent = consents.from(ActivityConsent.class);
        consents.select(consent.get("id")).where(
                cb.equal(consent.get("advocate"), advocate),
                cb.isTrue(consent.get("willing")),
                consent.get("activityType").in(types));
        return cb.exists(consents);
    }

    /** Not paused today and no blackout covering today, as rule 1 reads availability. */
    private Predicate availableToday() {
        var today = moment.today();
        var blackoutsToday = query.subquery(LocalDate.class);
        Join<Advocate, BlackoutPeriod> blackout = blackoutsToday.correlate(advocate).join("blackouts");
        blackoutsToday.select(blackout.get("startDate")).where(
                cb.lessThanOrEqualTo(blackout.get("startDate"), today),
                cb.greaterThanOrEqualTo(blackout.get("endDate"), today));
        Expression<LocalDate> pausedUntil = advocate.get("pausedUntil");
        return cb.and(cb.or(cb.isNull(pausedUntil), cb.lessThan(pausedUntil, today)), cb.not(cb.exists(blackoutsToday)));
    }

    /** Asks put to the advocate in [from, to) that count toward the quarterly cap. */
    private Expression<Long> askCount(Instant from, Instant to) {
        var count = query.subquery(Long.class);
        var ask = count.from(Ask.class);
        count.select(cb.count(ask)).where(
                cb.equal(ask.get("advocate"), advocate),
                cb.greaterThanOrEqualTo(ask.get("askedAt"), from),
                cb.lessThan(ask.get("askedAt"), to),
                ask.get("status").in(AskStatus.countingTowardCap()));
        return count;
    }

    /**
     * Rule 2 as {@link org.peerproof.domain.matching.BurnoutPolicy} defines it: more asks than the threshold in the
     * rolling quarter, or the streak of declines since the last accepted or completed ask long enough.
     */
    private Predicate burnout() {
        var rules = moment.rules();
        return cb.or(
                cb.gt(askCount(moment.rollingQuarterStart(), moment.startOfTomorrow()), rules.burnoutAskThreshold()),
                cb.ge(declineStreak(), rules.burnoutDeclineStreak()));
    }

    private Expression<Long> declineStreak() {
        var lastYes = query.subquery(Instant.class);
        var yes = lastYes.from(Ask.class);
        lastYes.select(cb.greatest(yes.<Instant>get("askedAt"))).where(
                cb.equal(yes.get("advocate"), advocate),
                yes.get("status").in(AskStatus.takingASlot()),
                cb.lessThan(yes.get("askedAt"), moment.startOfTomorrow()));
        var declines = query.subquery(Long.class);
        var declined = declines.from(Ask.class);
        declines.select(cb.count(declined)).where(
                cb.equal(declined.get("advocate"), advocate),
                cb.equal(declined.get("status"), AskStatus.DECLINED),
                cb.lessThan(declined.get("askedAt"), moment.startOfTomorrow()),
                cb.greaterThan(declined.get("askedAt"), cb.coalesce(lastYes, Instant.EPOCH)));
        return declines;
    }

    private Subquery<Long> activityWhere(Function<Expression<LocalDate>, Predicate> onOccurredOn) {
        var activities = query.subquery(Long.class);
        var activity = activities.from(Activity.class);
        activities.select(activity.get("id")).where(
                cb.equal(activity.get("advocate"), advocate), onOccurredOn.apply(activity.get("occurredOn")));
        return activities;
    }

    /** The profile is due for review (rule 9), or for {@code false} it is not. */
    private Predicate profileStale(boolean stale) {
        Expression<LocalDate> reviewedOn = advocate.get("lastProfileReviewOn");
        var due = cb.or(cb.isNull(reviewedOn), cb.lessThanOrEqualTo(reviewedOn, moment.staleOnOrBefore()));
        return stale ? due : cb.not(due);
    }

    /** Each word appears in the name, the company or the bio. */
    private Predicate textMatches(String text) {
        var words = new ArrayList<Predicate>();
        for (var word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            var pattern = "%" + escapeLike(word) + "%";
            words.add(cb.or(
                    cb.like(cb.lower(advocate.get("name")), pattern, LIKE_ESCAPE),
                    cb.like(cb.lower(account().get("companyName")), pattern, LIKE_ESCAPE),
                    cb.like(cb.lower(advocate.get("bio")), pattern, LIKE_ESCAPE)));
        }
        return cb.and(words.toArray(Predicate[]::new));
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
