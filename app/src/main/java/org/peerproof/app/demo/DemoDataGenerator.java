package org.peerproof.app.demo;

import static org.peerproof.app.demo.DemoVocabulary.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.account.UseCaseRepository;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityType;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.BlackoutPeriod;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.advocate.WorkingHours;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.calendar.BusinessDays;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.checkin.CheckIn;
import org.peerproof.domain.checkin.CheckInRepository;
import org.peerproof.domain.matching.AdvocateFitProfile;
import org.peerproof.domain.matching.AskHistory;
import org.peerproof.domain.matching.EligibilityCandidate;
import org.peerproof.domain.matching.EligibilityPolicy;
import org.peerproof.domain.matching.LastCompletedActivity;
import org.peerproof.domain.matching.MatchScoring;
import org.peerproof.domain.matching.PastAsk;
import org.peerproof.domain.matching.ProspectProfile;
import org.peerproof.domain.nomination.Nomination;
import org.peerproof.domain.nomination.NominationRepository;
import org.peerproof.domain.nomination.NominationStatus;
import org.peerproof.domain.outcome.DealOutcome;
import org.peerproof.domain.outcome.DealOutcomeRepository;
import org.peerproof.domain.outcome.DealResult;
import org.peerproof.domain.recommitment.Recommitment;
import org.peerproof.domain.recommitment.RecommitmentRepository;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.reward.BenefitGrant;
import org.peerproof.domain.reward.BenefitGrantRepository;
import org.peerproof.domain.reward.BenefitKind;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.shared.SeededChoices;
import org.peerproof.domain.target.ProgramTarget;
import org.peerproof.domain.target.ProgramTargetRepository;
import org.peerproof.domain.tier.Tier;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a realistic, clearly fictional reference program: accounts, advocates and 18 months of requests,
 * asks, activities and deal outcomes, all relative to the application clock's "now". A fixed seed makes the data
 * the same on every machine for the same instant; the simulated asks respect the program's own eligibility rule, so
 * the history never breaks the caps it is meant to show. What chance may leave out on some day, {@link DemoCaseStaging}
 * then stages on purpose: every {@link DemoCase} is present on any date.
 */
@Component
class DemoDataGenerator {

    static final long SEED = 20_261_123L;
    static final int MONTHS_OF_HISTORY = 18;
    static final int ACCOUNTS_PER_INDUSTRY = 6;
    /** Days past its needed-by date after which staff have closed a request nobody fulfilled. */
    static final int OPEN_AFTER_NEEDED_BY_DAYS = 30;
    private static final Set<RequestStatus> STILL_OPEN = EnumSet.of(RequestStatus.NEW, RequestStatus.MATCHING,
            RequestStatus.ASKED);

    /** Staff close what the prospect no longer needs: no real queue keeps last year's requests open. */
    static void closeIfLongPastNeeded(ReferenceRequest request, LocalDate today) {
        if (STILL_OPEN.contains(request.getStatus())
                && request.getNeededBy().isBefore(today.minusDays(OPEN_AFTER_NEEDED_BY_DAYS))) {
            request.changeStatus(RequestStatus.UNFULFILLED);
        }
    }
    /** Email domains under the reserved .example TLD mark every demo address as fictional. */
    static final String DEMO_EMAIL_TLD = ".example";
    static final String DEMO_CRM_PREFIX = "DEMO-";
    /** Share of advocates who reviewed their profile within the review period when prompted (rule 9). */
    static final int REVIEWED_ON_TIME_PERCENT = 88;

    private static final ZoneId SALES_ZONE = ZoneOffset.UTC;

    private final Clock clock;
    private final ProgramSettingsRepository settings;
    private final TierRepository tiers;
    private final ActivityTypeRepository activityTypes;
    private final ProductRepository products;
    private final UseCaseRepository useCases;
    private final CustomerAccountRepository accounts;
    private final AdvocateRepository advocates;
    private final ReferenceRequestRepository requests;
    private final AskRepository asks;
    private final ActivityRepository activities;
    private final DealOutcomeRepository dealOutcomes;
    private final BenefitGrantRepository grants;
    private final RecommitmentRepository recommitments;
    private final CheckInRepository checkIns;
    private final NominationRepository nominations;
    private final ProgramTargetRepository targets;
    private final DemoCaseStaging staging;

    @SuppressWarnings("java:S107") // one repository per aggregate the demo fills
    DemoDataGenerator(Clock clock, ProgramSettingsRepository settings, TierRepository tiers,
                      ActivityTypeRepository activityTypes, ProductRepository products, UseCaseRepository useCases,
                      CustomerAccountRepository accounts, AdvocateRepository advocates,
                      ReferenceRequestRepository requests, AskRepository asks, ActivityRepository activities,
                      DealOutcomeRepository dealOutcomes, BenefitGrantRepository grants,
                      RecommitmentRepository recommitments, CheckInRepository checkIns,
                      NominationRepository nominations, ProgramTargetRepository targets,
                      DemoCaseStaging staging) {
        this.clock = clock;
        this.settings = settings;
        this.tiers = tiers;
        this.activityTypes = activityTypes;
        this.products = products;
        this.useCases = useCases;
        this.accounts = accounts;
        this.advocates = advocates;
        this.requests = requests;
        this.asks = asks;
        this.activities = activities;
        this.dealOutcomes = dealOutcomes;
        this.grants = grants;
        this.recommitments = recommitments;
        this.checkIns = checkIns;
        this.nominations = nominations;
        this.targets = targets;
        this.staging = staging;
    }

    /** Generates the program; returns the advocates each staged case is shown with. */
    @Transactional
    public Map<DemoCase, List<Long>> generate() {
        return new Run(new Random(SEED), Instant.now(clock)).generate();
    }

    /** One generation pass; holds the random source and what has been created so far. */
    private final class Run {

        private final Random random;
        private final SeededChoices choices;
        private final Instant now;
        private final LocalDate today;
        private final ProgramRules rules;
        private final EligibilityPolicy eligibility;
        private final Map<Integer, Tier> tierByRank = new LinkedHashMap<>();
        private final Map<ActivityTypeCode, ActivityType> typeByCode = new LinkedHashMap<>();
        private final List<Product> productCatalog = new ArrayList<>();
        private final List<UseCase> useCaseCatalog = new ArrayList<>();
        private final List<AdvocateHistory> histories = new ArrayList<>();
        private final Set<String> usedEmails = new HashSet<>();
        private int opportunitySequence;

        Run(Random random, Instant now) {
            this.random = random;
            this.choices = new SeededChoices(random);
            this.now = now;
            this.today = LocalDate.ofInstant(now, SALES_ZONE);
            this.rules = settings.current().toRules();
            this.eligibility = new EligibilityPolicy(rules);
        }

        Map<DemoCase, List<Long>> generate() {
            tiers.findAll().forEach(tier -> tierByRank.put(tier.getRank(), tier));
            activityTypes.findAll().forEach(type -> typeByCode.put(type.getCode(), type));
            PRODUCTS.forEach(name -> productCatalog.add(products.save(new Product(name))));
            USE_CASES.forEach(name -> useCaseCatalog.add(useCases.save(new UseCase(name))));

            var customerAccounts = createAccounts();
            customerAccounts.forEach(this::createAdvocatesAt);
            linkKeycloakAdvocates(customerAccounts);
            simulateHistory();
            createProgramRecords();
            return staging.stageAll(new DemoCaseStaging.Stage(now, rules, customerAccounts, typeByCode,
                    this::advocateFor));
        }

        /** A new advocate for a staged case: active, reviewed, willing to take calls, with nothing in the way. */
        private Advocate advocateFor(DemoCase demoCase, CustomerAccount account, int tierRank) {
            var country = countryOf(account);
            var first = pick(FIRST_NAMES);
            var last = pick(LAST_NAMES);
            var advocate = newAdvocate(account, country, first + " " + last, uniqueEmail(first, last, account),
                    AdvocateStatus.ACTIVE, tierRank);
            advocate.recommitted(today.minusDays(100));
            advocate.profileReviewed(today.minusDays(30));
            for (var consent : advocate.getConsents()) {
                advocate.consent(consent.getActivityType(), true, rules.quarterlyAskCap(), consent.getPreferredChannel());
            }
            advocate.setBio("%s at %s. Fictional demo profile, staged to show: %s.".formatted(advocate.getTitle(),
                    account.getCompanyName(), demoCase.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            return advocates.save(advocate);
        }

        // ---- accounts and advocates -------------------------------------------------------------

        private List<CustomerAccount> createAccounts() {
            var created = new ArrayList<CustomerAccount>();
            var usedNames = new HashSet<String>();
            for (var industry : INDUSTRIES) {
                for (int i = 0; i < ACCOUNTS_PER_INDUSTRY; i++) {
                    var country = COUNTRIES.get((INDUSTRIES.indexOf(industry) * 3 + i * 5) % COUNTRIES.size());
                    String name;
                    do {
                        name = pick(COMPANY_STEMS) + " " + pick(COMPANY_SUFFIXES.get(industry));
                    } while (!usedNames.add(name));
                    var account = new CustomerAccount(name, industry, choices.sizeBand(), country.region());
                    account.setCountryCode(country.code());
                    account.setCrmAccountId(DEMO_CRM_PREFIX + "ACC-%03d".formatted(created.size() + 1));
                    // In turn, so every manager owns accounts in every industry and of every tier's advocates.
                    account.setRelationshipOwner(CSMS.get(created.size() % CSMS.size()));
                    account.recordHealth(choices.relationshipHealth(), 20 + random.nextInt(60));
                    account.getProductsOwned().addAll(sample(productCatalog, 1 + random.nextInt(3)));
                    created.add(accounts.save(account));
                }
            }
            return created;
        }

        private void createAdvocatesAt(CustomerAccount account) {
            var country = countryOf(account);
            int count = 6 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                var first = pick(FIRST_NAMES);
                var last = pick(LAST_NAMES);
                var advocate = newAdvocate(account, country, first + " " + last, uniqueEmail(first, last, account),
                        weightedStatus(), choices.tierRank());
                histories.add(new AdvocateHistory(advocates.save(withRandomAvailability(advocate))));
            }
        }

        private void linkKeycloakAdvocates(List<CustomerAccount> customerAccounts) {
            // Alice fits the "healthcare, EMEA, 1000+ employees" prospect the demo walk-through uses.
            var homes = List.of(
                    findAccount(customerAccounts, Industry.HEALTHCARE, "EMEA"),
                    findAccount(customerAccounts, Industry.SOFTWARE_SAAS, "NORTH_AMERICA"),
                    findAccount(customerAccounts, Industry.MANUFACTURING, "LATIN_AMERICA"));
            for (int i = 0; i < KEYCLOAK_ADVOCATES.size(); i++) {
                var person = KEYCLOAK_ADVOCATES.get(i);
                var account = homes.get(i);
                var country = countryOf(account);
                usedEmails.add(person.email());
                var advocate = newAdvocate(account, country, person.name(), person.email(), AdvocateStatus.ACTIVE, 2);
                // The walk-through asks them for a 30-minute call, so they always agree to take one.
                var callConsent = advocate.consentFor(ActivityTypeCode.REFERENCE_CALL_30).orElseThrow();
                advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, callConsent.getMaxAsksPerQuarter(),
                        callConsent.getPreferredChannel());
                // The sign-in personas read English like the README's walk-through; the language switch changes it.
                advocate.setPreferredLocale(Locale.ENGLISH);
                advocate.linkKeycloakUser(person.keycloakUserId());
                withRandomAvailability(advocate);
                advocate.getBlackouts().removeIf(blackout -> blackout.startDate().isBefore(today.plusDays(7)));
                var history = new AdvocateHistory(advocates.save(advocate));
                history.keptAskable = true;
                histories.add(history);
            }
        }

        /**
         * Rule 9 prompts a review every period; most advocates answer the prompt, about one in eight lets it slip.
         * So most reviews fall within the period and a realistic few are overdue, none before the advocate joined.
         */
        private LocalDate lastProfileReview(LocalDate joined) {
            int period = (int) ChronoUnit.DAYS.between(today.minusMonths(rules.profileReviewMonths()), today);
            int roll = random.nextInt(100);
            int daysAgo = roll < REVIEWED_ON_TIME_PERCENT
                    ? roll * (period - 7) / REVIEWED_ON_TIME_PERCENT
                    : period + 7 + (roll - REVIEWED_ON_TIME_PERCENT) * 15;
            var reviewed = today.minusDays(daysAgo);
            return reviewed.isBefore(joined) ? joined : reviewed;
        }

        /** The customer success manager who owns the advocate's account. */
        private static String ownerOf(Advocate advocate) {
            return advocate.getAccount().getRelationshipOwner();
        }

        private Country countryOf(CustomerAccount account) {
            return COUNTRIES.stream().filter(c -> c.code().equals(account.getCountryCode())).findFirst().orElseThrow();
        }

        private CustomerAccount findAccount(List<CustomerAccount> candidates, Industry industry, String region) {
            return candidates.stream()
                    .filter(a -> a.getIndustry() == industry && a.getRegion().name().equals(region))
                    .max(Comparator.comparing(CustomerAccount::getSizeBand))
                    .orElseGet(() -> candidates.stream().filter(a -> a.getIndustry() == industry).findFirst().orElseThrow());
        }

        private Advocate newAdvocate(CustomerAccount account, Country country, String name, String email,
                                     AdvocateStatus status, int tierRank) {
            var tier = tierByRank.get(tierRank);
            var joined = today.minusDays(200 + random.nextInt(900));
            var advocate = new Advocate(account, name, email, ZoneId.of(country.timeZone()), status,
                    joined.atStartOfDay(SALES_ZONE).toInstant());
            var persona = pick(List.of(Persona.values()));
            advocate.setPersona(persona);
            advocate.setTitle(pick(TITLES.get(persona)));
            advocate.setBio("%s at %s. Fictional demo profile.".formatted(advocate.getTitle(), account.getCompanyName()));
            advocate.getLanguages().addAll(country.languages());
            advocate.setPreferredLocale(Locale.forLanguageTag(country.languages().getFirst()));
            advocate.setWorkingHours(new WorkingHours(LocalTime.of(8 + random.nextInt(2), 0), LocalTime.of(17, 0)));
            advocate.getProductsUsed().addAll(sample(new ArrayList<>(account.getProductsOwned()), 1));
            advocate.getUseCases().addAll(sample(useCaseCatalog, 1 + random.nextInt(2)));
            advocate.getOutcomes().add(pick(OUTCOMES));
            advocate.assignTier(tier);
            if (status != AdvocateStatus.NOMINATED && status != AdvocateStatus.INVITED) {
                advocate.join(joined);
                advocate.changeStatus(status);
                advocate.recommitted(today.minusDays(random.nextInt(400)));
                advocate.profileReviewed(lastProfileReview(joined));
            }
            for (var type : tier.getAllowedActivityTypes()) {
                boolean willing = random.nextInt(100) < 80;
                advocate.consent(type, willing, Math.min(rules.quarterlyAskCap(), 4 - tierRank), pickChannel());
            }
            return advocate;
        }

        /** What chance gives the simulated advocates: pauses, blackouts ahead, a bounced address now and then. */
        private Advocate withRandomAvailability(Advocate advocate) {
            if (advocate.getStatus() == AdvocateStatus.PAUSED) {
                advocate.pauseUntil(today.plusDays(10 + random.nextInt(60)));
            }
            if (random.nextInt(100) < 10) {
                var start = today.plusDays(random.nextInt(40));
                advocate.getBlackouts().add(new BlackoutPeriod(start, start.plusDays(3 + random.nextInt(14))));
            }
            if (random.nextInt(100) < 2) {
                advocate.markEmailBounced();
            }
            return advocate;
        }

        private String uniqueEmail(String first, String last, CustomerAccount account) {
            var domain = account.getCompanyName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    + DEMO_EMAIL_TLD;
            var local = (first + "." + last).toLowerCase(Locale.ROOT);
            var email = local + "@" + domain;
            for (int n = 2; !usedEmails.add(email); n++) {
                email = local + n + "@" + domain;
            }
            return email;
        }

        // ---- 18 months of requests, asks and activities ----------------------------------------

        private void simulateHistory() {
            var day = today.minusMonths(MONTHS_OF_HISTORY);
            while (!day.isAfter(today)) {
                if (BusinessDays.isBusinessDay(day)) {
                    int requestsToday = random.nextInt(100) < 25 ? 2 : 1;
                    for (int i = 0; i < requestsToday; i++) {
                        fileRequest(day);
                    }
                    if (random.nextInt(100) < 45) {
                        logInformalActivity(day);
                    }
                }
                day = day.plusDays(1);
            }
        }

        private void fileRequest(LocalDate day) {
            var prospectIndustry = pick(INDUSTRIES);
            var country = pick(COUNTRIES);
            var createdAt = at(day, 9 + random.nextInt(8));
            if (createdAt.isAfter(now)) {
                return; // later today: not filed yet
            }
            var activityType = weightedRequestedActivity();
            var request = new ReferenceRequest("OPP-DEMO-%05d".formatted(++opportunitySequence),
                    "Prospect %s %d".formatted(pick(COMPANY_STEMS), opportunitySequence), prospectIndustry,
                    choices.sizeBand(), country.region(), pick(List.of(DealStage.values())), activityType,
                    day.plusDays(7 + random.nextInt(15)), pick(SALES_REPS), createdAt);
            request.getProducts().addAll(sample(productCatalog, 1 + random.nextInt(2)));
            request.setUseCase(pick(useCaseCatalog));
            request.setDealAmount(BigDecimal.valueOf(20_000L + random.nextInt(480) * 1_000L));
            request.setLanguageCode(country.languages().getFirst());
            requests.save(request);

            if (createdAt.isAfter(now.minus(Duration.ofHours(20))) && random.nextBoolean()) {
                return; // filed today: still waiting for staff to match it
            }
            request.changeStatus(RequestStatus.MATCHING);
            var completedAsks = new ArrayList<Ask>();
            var askedAt = createdAt.plus(Duration.ofHours(2 + random.nextInt(30)));
            var alreadyAsked = new HashSet<AdvocateHistory>();
            for (int attempt = 0; attempt < 3 && askedAt.isBefore(now); attempt++) {
                var chosen = bestEligible(request, LocalDate.ofInstant(askedAt, SALES_ZONE), alreadyAsked);
                if (chosen.isEmpty()) {
                    break;
                }
                alreadyAsked.add(chosen.get());
                var answer = putAsk(request, chosen.get(), askedAt);
                if (answer.accepted()) {
                    answer.completed().ifPresent(completedAsks::add);
                    break;
                }
                askedAt = answer.nextAskAt();
            }
            settleRequest(request, completedAsks, day);
        }

        /**
         * From this day on the sign-in advocates get no simulated asks or activities: it covers the calendar quarter
         * their cap counts (rule 2) and the longest rest (rule 1), with a day to spare for their zone's own day.
         */
        private LocalDate walkThroughQuietFrom() {
            var quarterStart = Quarter.of(today).days().start();
            var restStart = today.minusDays(rules.heavyRestDays());
            return (quarterStart.isBefore(restStart) ? quarterStart : restStart).minusDays(1);
        }

        /** The advocate the program's ranking rule puts first among those eligible on {@code askDate}. */
        private Optional<AdvocateHistory> bestEligible(ReferenceRequest request, LocalDate askDate,
                                                       Set<AdvocateHistory> exclude) {
            var eligibleById = histories.stream()
                    .filter(history -> !exclude.contains(history))
                    .filter(history -> isEligible(history, request.getActivityType(), askDate))
                    .collect(Collectors.toMap(history -> history.advocate.getId(), Function.identity()));
            var usageWindow = MatchScoring.usageWindowEndingOn(askDate);
            var profiles = eligibleById.values().stream()
                    .map(history -> AdvocateFitProfile.of(history.advocate,
                            new AskHistory(history.asks).countTowardCap(usageWindow)))
                    .toList();
            return MatchScoring.rank(ProspectProfile.of(request), profiles).stream().findFirst()
                    .map(best -> eligibleById.get(best.advocate().advocateId()));
        }

        private boolean isEligible(AdvocateHistory history, ActivityTypeCode type, LocalDate date) {
            if (history.keptAskable && !date.isBefore(walkThroughQuietFrom())) {
                // The walk-through (README and browser tests) asks them today: nothing recent may rest or cap them.
                return false;
            }
            var advocate = history.advocate;
            var tier = advocate.getTier();
            var consents = EnumSet.noneOf(ActivityTypeCode.class);
            advocate.getConsents().stream().filter(c -> c.isWilling()).forEach(c -> consents.add(c.getActivityType()));
            // Advocates who left, lapsed or paused since were active when the older history happened.
            var statusThen = date.isBefore(today.minusDays(60)) && history.wasEverActive()
                    ? AdvocateStatus.ACTIVE : advocate.getStatus();
            var candidate = new EligibilityCandidate(statusThen, consents,
                    advocate.consentFor(type).map(c -> c.getMaxAsksPerQuarter()).orElse(null),
                    advocate.getPausedUntil(),
                    advocate.getBlackouts().stream().map(b -> new DateRange(b.startDate(), b.endDate())).toList(),
                    new AskHistory(history.asks).countTowardCap(Quarter.of(date).days()),
                    history.lastCompleted, tier.getRank(), tier.getAllowedActivityTypes());
            return eligibility.evaluate(candidate, type, date).eligible();
        }

        private record Answer(boolean accepted, Optional<Ask> completed, Instant nextAskAt) {
        }

        private Answer putAsk(ReferenceRequest request, AdvocateHistory history, Instant askedAt) {
            var expiresAt = BusinessDays.add(askedAt, rules.askExpiryBusinessDays(), SALES_ZONE);
            var ask = asks.save(new Ask(request, history.advocate, askedAt, expiresAt));
            request.changeStatus(RequestStatus.ASKED);
            var askedOn = LocalDate.ofInstant(askedAt, SALES_ZONE);
            int roll = random.nextInt(100);
            var respondedAt = askedAt.plus(Duration.ofHours(1 + random.nextInt(70)));
            if (expiresAt.isAfter(now) && (respondedAt.isAfter(now) || roll < 50)) {
                history.asks.add(new PastAsk(askedOn, AskStatus.PENDING));
                return new Answer(true, Optional.empty(), now);
            }
            if (roll < 62 && respondedAt.isBefore(expiresAt)) {
                ask.accept(respondedAt);
                request.matched(respondedAt);
                return new Answer(true, holdCall(request, history, ask, respondedAt, askedOn), now);
            }
            if (roll < 82 && respondedAt.isBefore(expiresAt)) {
                ask.decline(pick(DECLINE_REASONS), respondedAt);
                history.asks.add(new PastAsk(askedOn, AskStatus.DECLINED));
                return new Answer(false, Optional.empty(), respondedAt.plus(Duration.ofHours(2)));
            }
            if (roll < 94) {
                ask.expire();
                history.asks.add(new PastAsk(askedOn, AskStatus.EXPIRED));
                return new Answer(false, Optional.empty(), expiresAt.plus(Duration.ofHours(1)));
            }
            ask.withdraw();
            history.asks.add(new PastAsk(askedOn, AskStatus.WITHDRAWN));
            return new Answer(false, Optional.empty(), askedAt.plus(Duration.ofHours(24)));
        }

        private Optional<Ask> holdCall(ReferenceRequest request, AdvocateHistory history, Ask ask,
                                       Instant acceptedAt, LocalDate askedOn) {
            var callAt = acceptedAt.plus(Duration.ofDays(2 + random.nextInt(8)));
            ask.schedule(callAt);
            ask.advocateBriefSent(acceptedAt.plus(Duration.ofHours(1)));
            ask.prospectBriefSent(acceptedAt.plus(Duration.ofHours(1)));
            if (callAt.isAfter(now) || random.nextInt(100) < 6) {
                // Still ahead, or the call fell through and the ask stays accepted without an activity.
                history.asks.add(new PastAsk(askedOn, AskStatus.ACCEPTED));
                return Optional.empty();
            }
            ask.complete();
            ask.thankYouSent(callAt.plus(Duration.ofHours(3 + random.nextInt(18))));
            ask.recordFeedback(true, "Helpful, candid conversation.", 6 + random.nextInt(5));
            var callDay = LocalDate.ofInstant(callAt, SALES_ZONE);
            activities.save(Activity.fulfilling(ask, typeByCode.get(request.getActivityType()), callDay,
                    PROGRAM_MANAGER, callAt));
            request.fulfil(callAt);
            history.asks.add(new PastAsk(askedOn, AskStatus.COMPLETED));
            history.lastCompleted = new LastCompletedActivity(callDay, typeByCode.get(request.getActivityType()).isHeavy());
            return Optional.of(ask);
        }

        private void settleRequest(ReferenceRequest request, List<Ask> completedAsks, LocalDate filedOn) {
            if (request.getStatus() == RequestStatus.MATCHING && filedOn.isBefore(today.minusDays(14))) {
                request.changeStatus(RequestStatus.UNFULFILLED);
            }
            if (request.getStatus() == RequestStatus.ASKED && request.getFirstMatchedAt() == null
                    && request.getNeededBy().isBefore(today)) {
                request.changeStatus(RequestStatus.UNFULFILLED);
            }
            closeIfLongPastNeeded(request, today);
            var outcome = new DealOutcome(request.getOpportunityId());
            completedAsks.forEach(outcome::influencedBy);
            var closeDate = filedOn.plusDays(30 + random.nextInt(120));
            if (closeDate.isBefore(today)) {
                int winChance = completedAsks.isEmpty() ? 36 : 58;
                var result = random.nextInt(100) < winChance ? DealResult.WON : DealResult.LOST;
                outcome.close(result, request.getDealAmount(), closeDate,
                        (int) ChronoUnit.DAYS.between(filedOn.minusDays(30 + random.nextInt(60)), closeDate));
            }
            dealOutcomes.save(outcome);
        }

        private void logInformalActivity(LocalDate day) {
            var type = pick(List.of(ActivityTypeCode.LOGO_USE, ActivityTypeCode.PEER_REVIEW, ActivityTypeCode.SURVEY,
                    ActivityTypeCode.SOCIAL_POST, ActivityTypeCode.TESTIMONIAL, ActivityTypeCode.CASE_STUDY));
            var eligible = histories.stream().filter(h -> isEligible(h, type, day)).toList();
            if (eligible.isEmpty()) {
                return;
            }
            var history = pick(eligible);
            var activity = new Activity(history.advocate, typeByCode.get(type), day,
                    random.nextBoolean() ? PROGRAM_MANAGER : ownerOf(history.advocate), at(day, 15));
            activity.setNotes("Logged informally by the program team.");
            activities.save(activity);
            history.lastCompleted = new LastCompletedActivity(day, typeByCode.get(type).isHeavy());
        }

        // ---- rewards, recommitment, check-ins, nominations, targets ----------------------------

        private void createProgramRecords() {
            for (var history : histories) {
                var advocate = history.advocate;
                switch (advocate.getStatus()) {
                    case ACTIVE, PAUSED -> {
                        grantBenefits(advocate);
                        openRecommitmentIfDue(advocate);
                        holdQuarterlyCheckIns(advocate);
                    }
                    case LAPSED -> {
                        var campaign = new Recommitment(advocate, now.minus(Duration.ofDays(70)), today.minusDays(20));
                        campaign.lapse();
                        recommitments.save(campaign);
                    }
                    case NOMINATED, INVITED -> nominate(advocate);
                    default -> {
                        // left the company or withdrew: history only
                    }
                }
            }
            createTargets();
        }

        private void grantBenefits(Advocate advocate) {
            var tier = advocate.getTier();
            if (tier.getRank() == 3 || random.nextInt(100) >= (tier.isPower() ? 90 : 35)) {
                return;
            }
            var benefit = pick(new ArrayList<>(tier.getBenefits()));
            var value = benefit.getKind() == BenefitKind.GIFT ? BigDecimal.valueOf(50 + random.nextInt(51)) : null;
            var offeredAt = now.minus(Duration.ofDays(5 + random.nextInt(300)));
            var grant = new BenefitGrant(advocate, benefit, value, PROGRAM_MANAGER, offeredAt);
            if (random.nextInt(100) < 75) {
                grant.accept(offeredAt.plus(Duration.ofDays(2)));
                if (random.nextInt(100) < 70) {
                    grant.deliver(offeredAt.plus(Duration.ofDays(14)));
                }
            }
            grants.save(grant);
        }

        private void openRecommitmentIfDue(Advocate advocate) {
            var dueOn = advocate.getLastRecommittedOn().plusMonths(rules.recommitmentPeriodMonths());
            if (dueOn.isBefore(today.plusDays(45))) {
                var sentAt = dueOn.minusDays(45).atStartOfDay(SALES_ZONE).toInstant();
                var campaign = new Recommitment(advocate, sentAt.isBefore(now) ? sentAt : now,
                        dueOn.isBefore(today) ? today.plusDays(7) : dueOn);
                recommitments.save(campaign);
            }
        }

        private void holdQuarterlyCheckIns(Advocate advocate) {
            if (!advocate.getTier().isPower()) {
                return;
            }
            var quarter = Quarter.of(today).previous();
            for (int i = 0; i < 4; i++, quarter = quarter.previous()) {
                var checkIn = new CheckIn(advocate, quarter.firstDay().plusDays(10 + random.nextInt(40)),
                        ownerOf(advocate), choices.relationshipHealth());
                checkIn.setNotes("Quarterly check-in: priorities and upcoming asks discussed.");
                checkIns.save(checkIn);
            }
        }

        private void nominate(Advocate advocate) {
            var nomination = new Nomination(advocate, random.nextBoolean() ? ownerOf(advocate) : pick(SALES_REPS),
                    "Happy customer, strong results with " + advocate.getAccount().getCompanyName(),
                    now.minus(Duration.ofDays(3 + random.nextInt(40))));
            if (advocate.getStatus() == AdvocateStatus.INVITED) {
                nomination.changeStatus(NominationStatus.INVITED);
            }
            nominations.save(nomination);
        }

        private void createTargets() {
            targets.save(new ProgramTarget(Industry.HEALTHCARE, org.peerproof.domain.account.Region.APAC,
                    productCatalog.get(0), null, 5));
            targets.save(new ProgramTarget(Industry.MANUFACTURING, org.peerproof.domain.account.Region.EMEA,
                    null, Persona.EXECUTIVE, 4));
            targets.save(new ProgramTarget(Industry.FINANCIAL_SERVICES, org.peerproof.domain.account.Region.NORTH_AMERICA,
                    productCatalog.get(3), null, 6));
            targets.save(new ProgramTarget(Industry.PUBLIC_SECTOR, null, null, Persona.IT, 3));
            targets.save(new ProgramTarget(null, org.peerproof.domain.account.Region.LATIN_AMERICA,
                    productCatalog.get(2), null, 4));
        }

        // ---- weighted random helpers -------------------------------------------------------------

        private Instant at(LocalDate day, int hour) {
            return day.atTime(hour, random.nextInt(60)).atZone(SALES_ZONE).toInstant();
        }

        private <T> T pick(List<T> values) {
            return choices.pick(values);
        }

        private <T> List<T> sample(List<T> values, int count) {
            return choices.sample(values, count);
        }

        private AdvocateStatus weightedStatus() {
            int roll = random.nextInt(100);
            if (roll < 78) {
                return AdvocateStatus.ACTIVE;
            }
            return List.of(AdvocateStatus.PAUSED, AdvocateStatus.PAUSED, AdvocateStatus.LAPSED, AdvocateStatus.LAPSED,
                    AdvocateStatus.NOMINATED, AdvocateStatus.NOMINATED, AdvocateStatus.INVITED,
                    AdvocateStatus.LEFT_COMPANY, AdvocateStatus.WITHDRAWN).get((roll - 78) % 9);
        }

        private ActivityTypeCode weightedRequestedActivity() {
            int roll = random.nextInt(100);
            for (var entry : REQUESTED_ACTIVITY_WEIGHTS.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                roll -= entry.getValue();
                if (roll < 0) {
                    return entry.getKey();
                }
            }
            return ActivityTypeCode.REFERENCE_CALL_30;
        }

        private ContactChannel pickChannel() {
            return pick(List.of(ContactChannel.values()));
        }
    }

    /** What the simulation remembers about an advocate while it writes their history. */
    private static final class AdvocateHistory {
        private final Advocate advocate;
        private final List<PastAsk> asks = new ArrayList<>();
        private LastCompletedActivity lastCompleted;
        /** A sign-in persona the walk-through asks today (see {@code walkThroughQuietFrom}). */
        private boolean keptAskable;

        AdvocateHistory(Advocate advocate) {
            this.advocate = advocate;
        }

        boolean wasEverActive() {
            return advocate.getStatus() != AdvocateStatus.NOMINATED && advocate.getStatus() != AdvocateStatus.INVITED;
        }
    }
}
