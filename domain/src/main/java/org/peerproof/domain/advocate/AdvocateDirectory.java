package org.peerproof.domain.advocate;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.hibernate.jpa.HibernateHints;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.UseCaseRepository;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.checkin.CheckInRepository;
import org.peerproof.domain.matching.AskHistories;
import org.peerproof.domain.matching.AskHistory;
import org.peerproof.domain.matching.BurnoutPolicy;
import org.peerproof.domain.reward.BenefitGrantRepository;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.tier.TierRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff advocate directory: filtered, sorted, paged in the database. Program managers and admins see every
 * advocate, customer success managers those at the accounts they own, everyone else nothing. Per-row figures
 * (asks, utilization, last use, burnout) are read for the page's advocates only.
 */
@Service
@Transactional(readOnly = true)
public class AdvocateDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(AdvocateDirectory.class);

    /** V20's index on (name, id, last profile review): the default order reads it. */
    private static final String NAME_INDEX = "ix_advocate_name";
    private static final int RECENT_ASKS = 10;
    private static final int RECENT_ACTIVITIES = 10;
    private static final int RECENT_CHECK_INS = 4;
    private static final int RECENT_AUDIT_EVENTS = 20;

    private final EntityManager entityManager;
    private final AdvocateRepository advocates;
    private final AskRepository asks;
    private final ActivityRepository activities;
    private final ProgramSettingsRepository settings;
    private final TierRepository tiers;
    private final ProductRepository products;
    private final UseCaseRepository useCases;
    private final AskHistories askHistories;
    private final BenefitGrantRepository grants;
    private final CheckInRepository checkIns;
    private final AuditEventRepository auditEvents;
    private final Clock clock;

    public AdvocateDirectory(EntityManager entityManager, AdvocateRepository advocates, AskRepository asks,
                             ActivityRepository activities, ProgramSettingsRepository settings, TierRepository tiers,
                             ProductRepository products, UseCaseRepository useCases, AskHistories askHistories,
                             BenefitGrantRepository grants, CheckInRepository checkIns,
                             AuditEventRepository auditEvents, Clock clock) {
        this.entityManager = entityManager;
        this.advocates = advocates;
        this.asks = asks;
        this.activities = activities;
        this.settings = settings;
        this.tiers = tiers;
        this.products = products;
        this.useCases = useCases;
        this.askHistories = askHistories;
        this.grants = grants;
        this.checkIns = checkIns;
        this.auditEvents = auditEvents;
        this.clock = clock;
    }

    /** The rows {@code offset} to {@code offset + limit - 1} of the filtered directory, in {@code sorts} order. */
    public List<DirectoryRow> page(SignedInUser user, DirectoryFilter filter, int offset, int limit,
                                   List<DirectorySort> sorts) {
        var owner = relationshipOwnerScope(user);
        var moment = moment();
        var found = sorts.isEmpty() && filter.staleProfile() == null
                ? staleFirst(filter, owner, moment, offset, limit)
                : advocates(filter, owner, moment, sorts, offset, limit);
        return rows(found, moment.rules());
    }

    /** How many advocates the filtered directory holds for this user. */
    public int count(SignedInUser user, DirectoryFilter filter) {
        return count(filter, relationshipOwnerScope(user), moment());
    }

    /**
     * The default order, stale profiles first (rule 9) and then by name, read as two parts by name, the stale then
     * the fresh: each reads the name index up to the page instead of sorting every advocate (docs/benchmarks.md).
     * The stale part's size is counted only for a page that starts past it.
     */
    private List<Advocate> staleFirst(DirectoryFilter filter, Optional<String> owner, DirectoryQuery.Moment moment,
                                      int offset, int limit) {
        var stale = advocates(filter.withStaleProfile(true), owner, moment, List.of(), offset, limit);
        if (stale.size() == limit) {
            return stale;
        }
        int freshOffset = stale.isEmpty() ? offset - count(filter.withStaleProfile(true), owner, moment) : 0;
        var page = new ArrayList<>(stale);
        page.addAll(advocates(filter.withStaleProfile(false), owner, moment, List.of(), freshOffset,
                limit - stale.size()));
        return page;
    }

    /**
     * The page's advocates with their account and tier: the ids first, which for the default order the name index
     * alone can answer up to a deep offset, then those advocates.
     */
    private List<Advocate> advocates(DirectoryFilter filter, Optional<String> owner, DirectoryQuery.Moment moment,
                                     List<DirectorySort> sorts, int offset, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var advocate = query.from(Advocate.class);
        var directoryQuery = new DirectoryQuery(cb, query, advocate, moment);
        query.select(advocate.<Long>get("id")).where(directoryQuery.where(filter, owner))
                .orderBy(directoryQuery.orderBy(sorts));
        var pageQuery = entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit);
        if (sorts.isEmpty() && owner.isEmpty() && filter.relationshipOwner() == null) {
            // MariaDB would rather start from a filter's account or consent rows and sort all it finds; reading the
            // name index in order stops at the page. A relationship owner's few advocates are found through their
            // accounts instead.
            pageQuery.setHint(HibernateHints.HINT_QUERY_DATABASE, NAME_INDEX);
        }
        var ids = pageQuery.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new HashMap<Long, Advocate>();
        entityManager.createQuery("""
                        select a from Advocate a left join fetch a.account left join fetch a.tier
                        where a.id in :ids""", Advocate.class)
                .setParameter("ids", ids).getResultList()
                .forEach(found -> byId.put(found.getId(), found));
        return ids.stream().map(byId::get).toList();
    }

    private int count(DirectoryFilter filter, Optional<String> owner, DirectoryQuery.Moment moment) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var advocate = query.from(Advocate.class);
        var directoryQuery = new DirectoryQuery(cb, query, advocate, moment);
        query.select(cb.count(advocate)).where(directoryQuery.where(filter, owner));
        return Math.toIntExact(entityManager.createQuery(query).getSingleResult());
    }

    /** One advocate's profile, consents, recent asks and activities, if this user may see the advocate. */
    public AdvocateDetail detail(SignedInUser user, Long advocateId) {
        var owner = relationshipOwnerScope(user);
        var advocate = advocates.findById(advocateId)
                .filter(found -> owner.isEmpty() || ownedBy(found, owner.get()))
                .orElseThrow(() -> new RecordNotFoundException("directory.advocate.notFound", advocateId));
        return AdvocateDetail.of(advocate,
                asks.findMostRecentByAdvocate(advocateId, Limit.of(RECENT_ASKS)),
                activities.findHistory(advocateId).stream().limit(RECENT_ACTIVITIES).toList(),
                grants.findByAdvocateIdOrderByOfferedAtDesc(advocateId),
                checkIns.findByAdvocateIdOrderByHeldOnDesc(advocateId).stream().limit(RECENT_CHECK_INS).toList(),
                auditEvents.findByEntityTypeAndEntityIdOrderByOccurredAtDesc(AdvocateSignUpService.AUDIT_ENTITY,
                        String.valueOf(advocateId)).stream().limit(RECENT_AUDIT_EVENTS).toList());
    }

    /**
     * What the filter pickers offer: tiers, catalog products and use cases, languages advocates speak, and the
     * relationship owners of the accounts this user sees (a customer success manager: only themselves).
     */
    public DirectoryOptions options(SignedInUser user) {
        var owner = relationshipOwnerScope(user);
        return new DirectoryOptions(
                tiers.findAll(Sort.by("rank")).stream()
                        .map(tier -> new DirectoryOptions.TierOption(tier.getRank(), tier.getName())).toList(),
                products.findAll(Sort.by("name")).stream()
                        .map(product -> new DirectoryOptions.Option(product.getId(), product.getName())).toList(),
                useCases.findAll(Sort.by("name")).stream()
                        .map(useCase -> new DirectoryOptions.Option(useCase.getId(), useCase.getName())).toList(),
                entityManager.createQuery(
                        "select distinct l from Advocate a join a.languages l order by l", String.class)
                        .getResultList(),
                owner.map(List::of).orElseGet(() -> entityManager.createQuery("""
                        select distinct c.relationshipOwner from CustomerAccount c
                        where c.relationshipOwner is not null order by c.relationshipOwner""", String.class)
                        .getResultList()));
    }

    /** Empty for staff who see every advocate; the csm's email for one who sees their own accounts only. */
    private static Optional<String> relationshipOwnerScope(SignedInUser user) {
        if (user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            return Optional.empty();
        }
        if (user.hasRole(Roles.CSM) && user.email() != null) {
            return Optional.of(user.email());
        }
        throw new AccessDeniedException("Only customer success, program managers and admins see the directory");
    }

    private static boolean ownedBy(Advocate advocate, String relationshipOwner) {
        return advocate.getAccount() != null && relationshipOwner.equalsIgnoreCase(advocate.getAccount().getRelationshipOwner());
    }

    private DirectoryQuery.Moment moment() {
        var rules = settings.current().toRules();
        var zone = clock.getZone();
        var today = LocalDate.now(clock);
        var quarter = Quarter.of(today);
        return new DirectoryQuery.Moment(today, today.plusDays(1).atStartOfDay(zone).toInstant(),
                quarter.startInclusive(zone), quarter.endExclusive(zone),
                BurnoutPolicy.rollingQuarterEndingOn(today).start().atStartOfDay(zone).toInstant(), rules);
    }

    private List<DirectoryRow> rows(List<Advocate> page, ProgramRules rules) {
        if (page.isEmpty()) {
            return List.of();
        }
        var ids = page.stream().map(Advocate::getId).toList();
        // Ask histories are read by time zone: a row whose zone is unreadable is listed without one (rowToday logs it).
        var askHistories = this.askHistories.of(page.stream().filter(a -> a.unreadableBecause().isEmpty()).toList());
        var lastUsed = pairs("""
                select a.advocate.id, max(a.occurredOn) from Activity a
                where a.advocate.id in :ids group by a.advocate.id""", ids, LocalDate.class);
        var ownMaxAsks = pairs("""
                select c.advocate.id, max(c.maxAsksPerQuarter) from ActivityConsent c
                where c.willing = true and c.advocate.id in :ids group by c.advocate.id""", ids, Integer.class);
        var languages = languages(ids);
        var burnout = new BurnoutPolicy(rules);
        return page.stream().map(advocate -> {
            var today = rowToday(advocate);
            var history = askHistories.getOrDefault(advocate.getId(), new AskHistory(List.of()));
            int asksThisQuarter = history.countTowardCap(Quarter.of(today).days());
            var account = advocate.getAccount();
            var tier = advocate.getTier();
            return new DirectoryRow(advocate.getId(), advocate.getName(), advocate.getTitle(),
                    account == null ? "" : account.getCompanyName(),
                    account == null ? null : account.getIndustry(),
                    account == null ? null : account.getRegion(),
                    account == null ? null : account.getSizeBand(),
                    account == null ? null : account.getRelationshipOwner(),
                    tier == null ? null : tier.getName(), advocate.getStatus(),
                    languages.getOrDefault(advocate.getId(), List.of()), asksThisQuarter,
                    Utilization.percent(asksThisQuarter, rules.quarterlyAskCap(), ownMaxAsks.get(advocate.getId())),
                    lastUsed.get(advocate.getId()), burnout.assess(history, today).flagged(),
                    ProfileRules.needsReview(advocate.getLastProfileReviewOn(), today, rules.profileReviewMonths()));
        }).toList();
    }

    /**
     * The advocate's own day; for a stored time zone no JDK knows, the program's day, logged, so one broken row is
     * still listed instead of failing the page for everyone (docs/reliability.md).
     */
    private LocalDate rowToday(Advocate advocate) {
        var problem = advocate.unreadableBecause();
        if (problem.isEmpty()) {
            return advocate.today(clock);
        }
        LOG.warn("Advocate {} listed with the program's day in the directory: {}", advocate.getId(), problem.get());
        return LocalDate.now(clock);
    }

    /** A grouped query's (advocate id, value) rows as a map. */
    private <T> Map<Long, T> pairs(String jpql, Collection<Long> ids, Class<T> valueType) {
        var values = new HashMap<Long, T>();
        entityManager.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> values.put((Long) row[0], valueType.cast(row[1])));
        return values;
    }

    private Map<Long, List<String>> languages(Collection<Long> ids) {
        var byAdvocate = new HashMap<Long, TreeSet<String>>();
        entityManager.createQuery("select a.id, l from Advocate a join a.languages l where a.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> byAdvocate.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]));
        var sorted = new HashMap<Long, List<String>>();
        byAdvocate.forEach((id, codes) -> sorted.put(id, List.copyOf(codes)));
        return sorted;
    }
}
