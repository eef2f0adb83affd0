package org.peerproof.domain.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.selfservice.SelfServiceTestSetup.NOW;
import static org.peerproof.domain.testsupport.DomainFixtures.account;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;
import static org.peerproof.domain.testsupport.DomainFixtures.request;

import jakarta.validation.ConstraintViolationException;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.ProductRepository;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.activity.AdvocateActivities;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateAvailability;
import org.peerproof.domain.advocate.AdvocatePreferences;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.AvailabilityForm;
import org.peerproof.domain.advocate.BlackoutForm;
import org.peerproof.domain.advocate.BlackoutPeriod;
import org.peerproof.domain.advocate.ConsentChoice;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.EditableProfile;
import org.peerproof.domain.advocate.NewCompanyForm;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.advocate.PreferencesForm;
import org.peerproof.domain.advocate.ProfileForm;
import org.peerproof.domain.activity.ActivityHistory;
import org.peerproof.domain.ask.AdvocateAskList;
import org.peerproof.domain.ask.AdvocateAskView;
import org.peerproof.domain.ask.AdvocateAsks;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskNoLongerOpenException;
import org.peerproof.domain.ask.AskNotEligibleException;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.ask.DeclineForm;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.membership.AdvocateMembership;
import org.peerproof.domain.membership.JobChangeForm;
import org.peerproof.domain.privacy.AdvocateDataExports;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.reward.AdvocateRewards;
import org.peerproof.domain.reward.BenefitGrant;
import org.peerproof.domain.reward.BenefitGrantRepository;
import org.peerproof.domain.reward.BenefitRepository;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.ForeignPageCursorException;
import org.peerproof.domain.shared.PageCursor;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every advocate self-service action against MariaDB, each service call in its own transaction as in production,
 * so "nothing changed" is checked by reading the database again after a refused change.
 */
@MariaDbJpaTest
@Import(SelfServiceTestSetup.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AdvocateSelfServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    @Autowired AdvocateProfiles profiles;
    @Autowired AdvocatePreferences preferences;
    @Autowired AdvocateAvailability availability;
    @Autowired AskResponses responses;
    @Autowired AdvocateActivities activitiesService;
    @Autowired AdvocateRewards rewards;
    @Autowired AdvocateMembership membership;
    @Autowired AdvocateDataExports exports;
    @Autowired AdvocateAsks asksService;

    @Autowired AdvocateRepository advocates;
    @Autowired CustomerAccountRepository accounts;
    @Autowired ProductRepository products;
    @Autowired TierRepository tiers;
    @Autowired ReferenceRequestRepository requests;
    @Autowired AskRepository asks;
    @Autowired ActivityRepository activities;
    @Autowired ActivityTypeRepository activityTypes;
    @Autowired BenefitRepository benefits;
    @Autowired BenefitGrantRepository grants;
    @Autowired AuditEventRepository audit;
    @Autowired TransactionTemplate transactions;

    SignedInUser alice;
    SignedInUser ben;
    Long aliceId;
    Long benId;
    Long alicesAsk;
    Long bensAsk;

    @BeforeEach
    void twoAdvocatesWithAnAskEach() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        alice = user("kc-alice-" + run, "alice-" + run + "@example.com");
        ben = user("kc-ben-" + run, "ben-" + run + "@example.com");
        var account = accounts.save(account("Contoso Health " + run));
        aliceId = saveAdvocate(account, alice, "Alice Anders").getId();
        benId = saveAdvocate(account, ben, "Ben Brooks").getId();
        alicesAsk = askFor(aliceId, "OPP-A-" + run, NOW.plus(1, ChronoUnit.DAYS));
        bensAsk = askFor(benId, "OPP-B-" + run, NOW.plus(1, ChronoUnit.DAYS));
    }

    // --- profile and onboarding

    @Test
    void savesTheProfileAndTellsWhenItIsComplete() {
        var product = products.save(new Product("Ledger " + UUID.randomUUID()));
        var accountId = read(() -> advocates.findById(aliceId).orElseThrow().getAccount().getId());

        var saved = profiles.update(alice, new ProfileForm("CFO", Persona.FINANCE, accountId, null, Set.of("en", "de"),
                "Europe/Madrid", Set.of(product.getId()), null, List.of(" Closed the books in 4 days "), "Bio",
                "+49 30 1234"));

        assertThat(saved.profileComplete()).isTrue();
        assertThat(saved.timeZone()).isEqualTo("Europe/Madrid");
        assertThat(saved.outcomes()).containsExactly("Closed the books in 4 days");
        assertThat(saved.productIds()).containsExactly(product.getId());
        assertThat(actions(aliceId)).contains("advocate.profile-updated");
    }

    @Test
    void theChosenLanguageIsSavedAuditedAndOnlySupportedOnesAreAccepted() {
        var saved = profiles.changeLanguage(alice, Locale.forLanguageTag("ja-JP"));

        assertThat(saved.preferredLanguage()).isEqualTo("ja");
        assertThat(profiles.preferredLocale(alice)).contains(Locale.JAPANESE);
        assertThat(actions(aliceId)).contains("advocate.language-changed");
        assertRule(() -> profiles.changeLanguage(alice, Locale.forLanguageTag("pt-BR")),
                "profile.preferredLanguage.unsupported");
        assertThat(profiles.preferredLocale(alice)).contains(Locale.JAPANESE);
    }

    @Test
    void staffAndUnknownPeopleHaveNoPreferredLanguageAndReadingCreatesNoAdvocate() {
        var staff = new SignedInUser("kc-staff-" + UUID.randomUUID(), "pm@example.com", true, null, null,
                Set.of(Roles.PROGRAM_MANAGER));
        var newcomer = user("kc-new-" + UUID.randomUUID(), "new-" + UUID.randomUUID() + "@example.com");

        assertThat(profiles.preferredLocale(staff)).isEmpty();
        assertThat(profiles.preferredLocale(newcomer)).isEmpty();
        assertThat(advocates.findByKeycloakUserId(newcomer.userId())).isEmpty();
    }

    @Test
    void aPartialProfileCanBeSavedAndIsIncomplete() {
        var saved = profiles.update(alice, new ProfileForm(null, null, null, null, null, null, null, null, null,
                null, null));

        assertThat(saved.profileComplete()).isFalse();
        assertThat(saved.accountId()).isNull();
        assertThat(saved.timeZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void refusesInvalidProfilesAndChangesNothing() {
        var tooLongBio = "x".repeat(2001);
        var elevenOutcomes = Collections.nCopies(11, "An outcome");
        var tooLongOutcome = List.of("y".repeat(501));
        assertThatThrownBy(() -> update(alice, titleOnly("CFO").withBio(tooLongBio)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("bio");
        assertThatThrownBy(() -> update(alice, titleOnly("CFO").withOutcomes(elevenOutcomes)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("outcomes");
        assertThatThrownBy(() -> update(alice, titleOnly("CFO").withOutcomes(tooLongOutcome)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> update(alice, titleOnly("T".repeat(201))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("title");
        assertRule(() -> update(alice, titleOnly("CFO").withTimeZone("Mars/Olympus")),
                "profile.timeZone.invalid");
        assertRule(() -> update(alice, titleOnly("CFO").withLanguages(Set.of("xx"))),
                "profile.language.unknown");
        assertRule(() -> update(alice, titleOnly("CFO").withProducts(Set.of(-1L))),
                "profile.product.unknown");
        assertRule(() -> update(alice, titleOnly("CFO").withAccount(-1L)), "profile.account.unknown");
        assertRule(() -> update(alice, titleOnly("CFO").withAccount(1L).withNewCompany(newCompany("US"))),
                "profile.account.ambiguous");
        assertRule(() -> update(alice, titleOnly("CFO").withNewCompany(newCompany("QQ"))),
                "profile.country.unknown");

        var stored = profiles.editable(alice);
        assertThat(stored.title()).isEqualTo("Head of Finance");
        assertThat(stored.bio()).isNull();
        assertThat(stored.timeZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void aNewCompanyWaitsForStaffReviewAndIsNotOfferedToOthers() {
        var saved = update(alice, titleOnly("CFO").withNewCompany(newCompany("DE")));

        assertThat(saved.companyPendingReview()).isTrue();
        var named = accounts.findById(saved.accountId()).orElseThrow();
        assertThat(named.isPendingReview()).isTrue();
        assertThat(profiles.findCompanies(ben, named.getCompanyName())).extracting(option -> option.id())
                .doesNotContain(named.getId());
        // Ben cannot pick a company still under review either.
        assertRule(() -> update(ben, titleOnly("CTO").withAccount(named.getId())), "profile.account.unknown");
    }

    @Test
    void profileReviewIsDueAfterTheReviewPeriodAndConfirmingResetsIt() {
        // Joined on 5 January 2026: not due yet on 12 May.
        assertThat(profiles.reviewStatus(alice).needsReview()).isFalse();
        transactions.executeWithoutResult(status ->
                advocates.findById(aliceId).orElseThrow().profileReviewed(TODAY.minusMonths(7)));
        assertThat(profiles.reviewStatus(alice).needsReview()).isTrue();

        var confirmed = profiles.confirmReviewed(alice);

        assertThat(confirmed.needsReview()).isFalse();
        assertThat(confirmed.lastReviewedOn()).isEqualTo(TODAY);
        assertThat(actions(aliceId)).contains("advocate.profile-reviewed");
    }

    // --- preferences

    @Test
    void savesWillingnessWithinTheCapAndTier() {
        var view = preferences.update(alice, new PreferencesForm(List.of(
                new ConsentChoice(ActivityTypeCode.REFERENCE_CALL_30, true, 2, ContactChannel.VIDEO_CALL),
                new ConsentChoice(ActivityTypeCode.CASE_STUDY, false, null, null))));

        var call = view.activityTypes().stream()
                .filter(row -> row.activityType() == ActivityTypeCode.REFERENCE_CALL_30).findFirst().orElseThrow();
        assertThat(call.willing()).isTrue();
        assertThat(call.maxAsksPerQuarter()).isEqualTo(2);
        assertThat(call.effortWeight()).isEqualTo(2);
        assertThat(view.programCap()).isEqualTo(3);
        assertThat(actions(aliceId)).contains("advocate.preferences-updated");
    }

    @Test
    void refusesMaxAsksOutsideOneToTheCapAndTierDisallowedTypesAndChangesNothing() {
        preferences.update(alice, new PreferencesForm(List.of(
                new ConsentChoice(ActivityTypeCode.REFERENCE_CALL_15, true, 1, ContactChannel.EMAIL))));

        assertRule(() -> preferences.update(alice, new PreferencesForm(List.of(
                new ConsentChoice(ActivityTypeCode.REFERENCE_CALL_15, true, 4, ContactChannel.EMAIL)))),
                "preferences.maxAsks.outOfRange");
        assertRule(() -> preferences.update(alice, new PreferencesForm(List.of(
                new ConsentChoice(ActivityTypeCode.REFERENCE_CALL_15, true, 0, ContactChannel.EMAIL)))),
                "preferences.maxAsks.outOfRange");
        // Tier 2 does not do heavy work such as case studies; the valid first choice is not saved either.
        assertRule(() -> preferences.update(alice, new PreferencesForm(List.of(
                new ConsentChoice(ActivityTypeCode.REFERENCE_CALL_15, true, 3, ContactChannel.PHONE),
                new ConsentChoice(ActivityTypeCode.CASE_STUDY, true, 1, ContactChannel.EMAIL)))),
                "preferences.activityType.notInTier");

        var rows = preferences.mine(alice).activityTypes();
        assertThat(rows).filteredOn(row -> row.activityType() == ActivityTypeCode.REFERENCE_CALL_15).singleElement()
                .satisfies(row -> {
                    assertThat(row.maxAsksPerQuarter()).isEqualTo(1);
                    assertThat(row.preferredChannel()).isEqualTo(ContactChannel.EMAIL);
                });
        assertThat(rows).filteredOn(row -> row.activityType() == ActivityTypeCode.CASE_STUDY).singleElement()
                .satisfies(row -> assertThat(row.willing()).isFalse());
    }

    // --- availability

    @Test
    void pausesSetsWorkingHoursAndManagesBlackouts() {
        var paused = availability.update(alice, new AvailabilityForm(TODAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        assertThat(paused.paused()).isTrue();
        assertThat(read(() -> advocates.findById(aliceId).orElseThrow().getStatus())).isEqualTo(AdvocateStatus.ACTIVE);

        availability.addBlackout(alice, new BlackoutForm(TODAY.plusDays(10), TODAY.plusDays(20)));
        var withTwo = availability.addBlackout(alice, new BlackoutForm(TODAY.plusDays(21), TODAY.plusDays(22)));
        assertThat(withTwo.blackouts()).extracting(BlackoutPeriod::startDate)
                .containsExactly(TODAY.plusDays(10), TODAY.plusDays(21));

        var afterRemoval = availability.removeBlackout(alice, TODAY.plusDays(10));
        assertThat(afterRemoval.blackouts()).extracting(BlackoutPeriod::startDate).containsExactly(TODAY.plusDays(21));

        var cleared = availability.update(alice, new AvailabilityForm(null, null, null));
        assertThat(cleared.pausedUntil()).isNull();
        assertThat(cleared.workingHoursStart()).isNull();
        assertThat(actions(aliceId)).contains("advocate.availability-updated", "advocate.blackout-added",
                "advocate.blackout-removed");
    }

    @Test
    void refusesPastDatesOverlapsAndBackwardHoursAndChangesNothing() {
        availability.addBlackout(alice, new BlackoutForm(TODAY.plusDays(10), TODAY.plusDays(20)));

        assertRule(() -> availability.update(alice, new AvailabilityForm(TODAY.minusDays(1), null, null)),
                "availability.pause.inPast");
        assertRule(() -> availability.update(alice, new AvailabilityForm(null, LocalTime.of(17, 0),
                LocalTime.of(9, 0))), "availability.workingHours.invalid");
        assertRule(() -> availability.addBlackout(alice, new BlackoutForm(TODAY.plusDays(5), TODAY.plusDays(4))),
                "availability.blackout.endBeforeStart");
        assertRule(() -> availability.addBlackout(alice, new BlackoutForm(TODAY.minusDays(9), TODAY.minusDays(1))),
                "availability.blackout.inPast");
        assertRule(() -> availability.addBlackout(alice, new BlackoutForm(TODAY.plusDays(20), TODAY.plusDays(25))),
                "availability.blackout.overlaps");
        assertThatThrownBy(() -> availability.removeBlackout(alice, TODAY.plusDays(11)))
                .isInstanceOf(RecordNotFoundException.class);

        var stored = availability.mine(alice);
        assertThat(stored.pausedUntil()).isNull();
        assertThat(stored.workingHoursStart()).isNull();
        assertThat(stored.blackouts()).containsExactly(new BlackoutPeriod(TODAY.plusDays(10), TODAY.plusDays(20)));
    }

    // --- asks

    @Test
    void acceptingAnOpenAskMarksTheRequestMatched() {
        willingToTakeCalls(aliceId, 3);

        var accepted = responses.accept(alice, alicesAsk);

        assertThat(accepted.status()).isEqualTo(AskStatus.ACCEPTED);
        read(() -> {
            var ask = asks.findById(alicesAsk).orElseThrow();
            assertThat(ask.getRespondedAt()).isEqualTo(NOW);
            assertThat(ask.getRequest().getFirstMatchedAt()).isEqualTo(NOW);
            return ask;
        });
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDesc("Ask", alicesAsk.toString()))
                .extracting(event -> event.getAction()).containsExactly("ask.accepted");
    }

    @Test
    void anExpiredAskCannotBeAnsweredAndNothingChanges() {
        willingToTakeCalls(aliceId, 3);
        var expired = askFor(aliceId, "OPP-EXPIRED-" + UUID.randomUUID(), NOW.minus(1, ChronoUnit.HOURS));

        assertThatThrownBy(() -> responses.accept(alice, expired))
                .isInstanceOf(AskNoLongerOpenException.class)
                .extracting(e -> ((DomainRuleException) e).getMessageKey()).isEqualTo("ask.noLongerOpen.expired");
        assertThatThrownBy(() -> responses.decline(alice, expired, new DeclineForm("busy")))
                .isInstanceOf(AskNoLongerOpenException.class);

        read(() -> {
            var ask = asks.findById(expired).orElseThrow();
            assertThat(ask.getStatus()).isEqualTo(AskStatus.PENDING);
            assertThat(ask.getRespondedAt()).isNull();
            assertThat(ask.getRequest().getFirstMatchedAt()).isNull();
            return ask;
        });
    }

    @Test
    void declinesWithAnOptionalReasonButNotTwiceAndNotOverlong() {
        assertThatThrownBy(() -> responses.decline(alice, alicesAsk, new DeclineForm("z".repeat(501))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(read(() -> asks.findById(alicesAsk).orElseThrow().getStatus())).isEqualTo(AskStatus.PENDING);

        var declined = responses.decline(alice, alicesAsk, new DeclineForm("  On holiday  "));

        assertThat(declined.status()).isEqualTo(AskStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("On holiday");
        assertRule(() -> responses.accept(alice, alicesAsk), "ask.noLongerOpen.declined");
    }

    @Test
    void acceptingReChecksEligibility() {
        // No consent to reference calls yet: rule 1 says no, and the ask stays pending.
        assertThatThrownBy(() -> responses.accept(alice, alicesAsk)).isInstanceOf(AskNotEligibleException.class)
                .satisfies(e -> assertThat(((AskNotEligibleException) e).getArguments()[0])
                        .extracting("codes").asInstanceOf(InstanceOfAssertFactories.ARRAY)
                        .containsExactly("eligibility.reason.noConsent"));
        assertThat(read(() -> asks.findById(alicesAsk).orElseThrow().getStatus())).isEqualTo(AskStatus.PENDING);
    }

    @Test
    void anotherAdvocatesAskIsNotFound() {
        willingToTakeCalls(aliceId, 3);

        assertThatThrownBy(() -> responses.accept(alice, bensAsk)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> responses.decline(alice, bensAsk, new DeclineForm(null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(read(() -> asks.findById(bensAsk).orElseThrow().getStatus())).isEqualTo(AskStatus.PENDING);
    }

    // --- history and rewards

    @Test
    void historyGroupsPerQuarterAndCountsTheCommitmentYear() {
        transactions.executeWithoutResult(status -> {
            var advocate = advocates.findById(aliceId).orElseThrow();
            var call = activityTypes.findById(ActivityTypeCode.REFERENCE_CALL_30).orElseThrow();
            var ask = asks.findById(alicesAsk).orElseThrow();
            activities.save(Activity.fulfilling(ask, call, LocalDate.of(2026, 4, 20), "pm", NOW));
            activities.save(new Activity(advocate, call, LocalDate.of(2026, 2, 3), "pm", NOW));
            activities.save(new Activity(advocate, call, LocalDate.of(2025, 12, 1), "pm", NOW));
        });

        var history = activitiesService.history(alice);

        assertThat(history.quarters()).extracting(quarter -> quarter.quarter())
                .containsExactly("2026-Q2", "2026-Q1", "2025-Q4");
        assertThat(history.quarters().getFirst().activities().getFirst().prospectIndustry())
                .isEqualTo(Industry.HEALTHCARE);
        // The commitment year started when Alice joined on 5 January 2026; Tier 2 expects 3 a year.
        assertThat(history.commitment().done()).isEqualTo(2);
        assertThat(history.commitment().expected()).isEqualTo(3);
    }

    @Test
    void rewardsShowGrantsTheTierAndTheTierAbove() {
        transactions.executeWithoutResult(status -> grants.save(new BenefitGrant(
                advocates.findById(aliceId).orElseThrow(), benefits.findAll().getFirst(), new BigDecimal("50.00"),
                "pm", NOW)));

        var view = rewards.mine(alice);

        assertThat(view.grants()).singleElement()
                .satisfies(grant -> assertThat(grant.value()).isEqualByComparingTo("50"));
        assertThat(view.tier().rank()).isEqualTo(2);
        assertThat(view.tier().benefits()).isNotEmpty();
        assertThat(view.nextTier().rank()).isEqualTo(1);
        assertThat(view.nextTier().expectedActivitiesPerYear()).isEqualTo(6);
        assertThat(rewards.mine(ben).grants()).isEmpty();
    }

    // --- paged lists (issue 15)

    @Test
    void askPagesFollowTheGroupedOrderAcrossGroupsWithoutGapsOrDuplicates() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var callAt = NOW.plus(3, ChronoUnit.DAYS);
        for (var i = 0; i < 2; i++) {
            // Two each with the same sort keys, so the ids break the ties.
            answer(askFor(aliceId, "OPP-S" + i + "-" + run, NOW.plus(1, ChronoUnit.DAYS)), ask -> {
                ask.accept(NOW.minus(1, ChronoUnit.HOURS));
                ask.schedule(callAt);
            });
            answer(askFor(aliceId, "OPP-U" + i + "-" + run, NOW.plus(1, ChronoUnit.DAYS)),
                    ask -> ask.accept(NOW.minus(1, ChronoUnit.HOURS)));
            askFor(aliceId, "OPP-O" + i + "-" + run, NOW.plus(2, ChronoUnit.DAYS));
            answer(askFor(aliceId, "OPP-D" + i + "-" + run, NOW.plus(1, ChronoUnit.DAYS)),
                    ask -> ask.decline(null, NOW.minus(2, ChronoUnit.HOURS)));
        }
        askFor(aliceId, "OPP-L-" + run, NOW.minus(1, ChronoUnit.MINUTES));
        answer(askFor(aliceId, "OPP-E-" + run, NOW.minus(3, ChronoUnit.HOURS)), Ask::expire);
        var all = asksService.page(alice, Optional.empty(), PageCursor.MAX_LIMIT);
        assertThat(all.next()).isEmpty();
        var expected = grouped(List.of(all.content()));
        assertThat(expected).hasSize(11);
        assertThat(all.content().upcoming()).hasSize(4);
        assertThat(all.content().open()).hasSize(3);
        assertThat(all.content().earlier().getFirst().status()).as("lapsed before the job ran")
                .isEqualTo(AskStatus.EXPIRED);

        for (var limit : List.of(1, 2, 3, 4)) {
            var pages = new ArrayList<AdvocateAskList>();
            Optional<PageCursor> next = Optional.empty();
            do {
                var page = asksService.page(alice, next, limit);
                assertThat(grouped(List.of(page.content()))).hasSizeLessThanOrEqualTo(limit);
                pages.add(page.content());
                next = page.next();
            } while (next.isPresent());
            assertThat(grouped(pages)).as("limit " + limit).isEqualTo(expected);
            assertThat(pages).hasSize((expected.size() + limit - 1) / limit);
        }

        var alicesCursor = asksService.page(alice, Optional.empty(), 1).next();
        assertThat(grouped(List.of(asksService.page(ben, alicesCursor, 50).content())))
                .as("Alice's cursor shows Ben only his own asks").doesNotContainAnyElementsOf(expected)
                .allSatisfy(id -> assertThat(id).isEqualTo(bensAsk));
        assertThatThrownBy(() -> asksService.page(alice, Optional.of(PageCursor.of(1, "2026-01-01")), 5))
                .isInstanceOf(ForeignPageCursorException.class);
        assertThatThrownBy(() -> asksService.page(alice, Optional.empty(), PageCursor.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void historyPagesContinueAQuarterWithItsWholeEffortAndTheCommitmentOnEach() {
        transactions.executeWithoutResult(status -> {
            var advocate = advocates.findById(aliceId).orElseThrow();
            var call = activityTypes.findById(ActivityTypeCode.REFERENCE_CALL_30).orElseThrow();
            for (var day : List.of(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 2),
                    LocalDate.of(2026, 2, 3), LocalDate.of(2025, 12, 1))) {
                activities.save(new Activity(advocate, call, day, "pm", NOW));
            }
        });
        var whole = activitiesService.history(alice);

        var quarters = new ArrayList<String>();
        var entries = new ArrayList<ActivityHistory.Entry>();
        Optional<PageCursor> next = Optional.empty();
        do {
            var page = activitiesService.page(alice, next, 2);
            assertThat(page.content().commitment()).isEqualTo(whole.commitment());
            for (var quarter : page.content().quarters()) {
                assertThat(quarter.totalEffort()).as(quarter.quarter()).isEqualTo(whole.quarters().stream()
                        .filter(all -> all.quarter().equals(quarter.quarter())).findFirst().orElseThrow()
                        .totalEffort());
                if (quarters.isEmpty() || !quarters.getLast().equals(quarter.quarter())) {
                    quarters.add(quarter.quarter());
                }
                entries.addAll(quarter.activities());
            }
            next = page.next();
        } while (next.isPresent());

        assertThat(quarters).containsExactly("2026-Q2", "2026-Q1", "2025-Q4");
        assertThat(entries).isEqualTo(whole.quarters().stream().flatMap(quarter -> quarter.activities().stream())
                .toList());
        assertThat(activitiesService.page(ben, Optional.empty(), 50).content().quarters()).isEmpty();
    }

    @Test
    void rewardPagesHoldTheGrantsNewestFirstAndTheTiersOnEveryPage() {
        transactions.executeWithoutResult(status -> {
            var advocate = advocates.findById(aliceId).orElseThrow();
            for (var daysAgo : List.of(3, 1, 1, 7, 2)) {
                grants.save(new BenefitGrant(advocate, benefits.findAll().getFirst(), new BigDecimal("10.00"), "pm",
                        NOW.minus(daysAgo, ChronoUnit.DAYS)));
            }
        });
        var whole = rewards.mine(alice).grants().stream().map(grant -> grant.offeredAt()).toList();

        var offered = new ArrayList<Instant>();
        var ids = new ArrayList<Long>();
        Optional<PageCursor> next = Optional.empty();
        do {
            var page = rewards.page(alice, next, 2);
            assertThat(page.content().tier().rank()).isEqualTo(2);
            assertThat(page.content().nextTier().rank()).isEqualTo(1);
            page.content().grants().forEach(grant -> {
                offered.add(grant.offeredAt());
                ids.add(grant.id());
            });
            next = page.next();
        } while (next.isPresent());

        assertThat(offered).isEqualTo(whole).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ids).doesNotHaveDuplicates().hasSize(5);
        assertThat(rewards.page(ben, Optional.empty(), 50).content().grants()).isEmpty();
    }

    /** The ask ids of pages of the grouped list, in reading order: each page's upcoming, open, earlier. */
    private static List<Long> grouped(List<AdvocateAskList> pages) {
        return pages.stream()
                .flatMap(page -> Stream.of(page.upcoming(), page.open(), page.earlier()))
                .flatMap(List::stream).map(AdvocateAskView::id).toList();
    }

    private void answer(Long askId, Consumer<Ask> change) {
        transactions.executeWithoutResult(status -> change.accept(asks.findById(askId).orElseThrow()));
    }

    // --- my data

    @Test
    void theExportHoldsTheAdvocatesDataAndNothingOfAnotherAdvocate() {
        availability.addBlackout(alice, new BlackoutForm(TODAY.plusDays(3), TODAY.plusDays(4)));
        availability.addBlackout(ben, new BlackoutForm(TODAY.plusDays(30), TODAY.plusDays(31)));

        var json = JsonMapper.builder().build().writeValueAsString(exports.export(alice));

        assertThat(json).contains(alice.email(), "Alice Anders", "\"id\":" + alicesAsk, TODAY.plusDays(3).toString(),
                "advocate.blackout-added");
        assertThat(json).doesNotContain(ben.email(), "Ben Brooks", "\"id\":" + bensAsk + ",",
                TODAY.plusDays(30).toString(), "dealAmount", "prospectCompany");
    }

    @Test
    void withdrawalAnonymisesTheProfileWithdrawsPendingAsksAndKeepsTheHistory() {
        update(alice, titleOnly("CFO").withBio("Loves spreadsheets").withPhone("+1 555 0100"));
        availability.update(alice, new AvailabilityForm(null, LocalTime.of(8, 0), LocalTime.of(16, 0)));
        transactions.executeWithoutResult(status -> activities.save(new Activity(
                advocates.findById(aliceId).orElseThrow(),
                activityTypes.findById(ActivityTypeCode.SURVEY).orElseThrow(), TODAY.minusDays(30), "pm", NOW)));

        membership.withdraw(alice);

        read(() -> {
            Advocate stored = advocates.findById(aliceId).orElseThrow();
            assertThat(stored.getStatus()).isEqualTo(AdvocateStatus.WITHDRAWN);
            assertThat(stored.getName()).doesNotContain("Alice");
            assertThat(stored.getEmail()).isEqualTo("withdrawn-" + aliceId + "@withdrawn.invalid");
            assertThat(stored.getPhone()).isNull();
            assertThat(stored.getTitle()).isNull();
            assertThat(stored.getBio()).isNull();
            assertThat(stored.getOutcomes()).isEmpty();
            assertThat(stored.getKeycloakUserId()).isNull();
            assertThat(stored.getWorkingHours()).isNull();
            return stored;
        });
        assertThat(read(() -> asks.findById(alicesAsk).orElseThrow().getStatus())).isEqualTo(AskStatus.WITHDRAWN);
        assertThat(read(() -> activities.findHistory(aliceId).size())).isEqualTo(1);
        assertThat(audit.findByEntityTypeAndEntityIdOrderByOccurredAtDesc("Advocate", aliceId.toString()))
                .filteredOn(event -> event.getAction().equals("advocate.withdrawn")).singleElement()
                .satisfies(event -> {
                    assertThat(event.getActor()).doesNotContain(alice.email());
                    assertThat(event.getDetails()).doesNotContain(alice.email());
                });
        assertThat(read(() -> asks.findById(bensAsk).orElseThrow().getStatus())).isEqualTo(AskStatus.PENDING);
    }

    @Test
    void aJobChangeTakesTheAdvocateOutOfMatchingAndWithdrawsPendingAsks() {
        assertThatThrownBy(() -> membership.reportJobChange(alice, new JobChangeForm("n".repeat(201))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(read(() -> advocates.findById(aliceId).orElseThrow().getStatus())).isEqualTo(AdvocateStatus.ACTIVE);

        membership.reportJobChange(alice, new JobChangeForm("Fabrikam"));

        read(() -> {
            var stored = advocates.findById(aliceId).orElseThrow();
            assertThat(stored.getStatus()).isEqualTo(AdvocateStatus.LEFT_COMPANY);
            assertThat(stored.getReportedNewEmployer()).isEqualTo("Fabrikam");
            return stored;
        });
        assertThat(read(() -> asks.findById(alicesAsk).orElseThrow().getStatus())).isEqualTo(AskStatus.WITHDRAWN);
        assertThat(actions(aliceId)).contains("advocate.left-company");
    }

    // --- helpers

    private Advocate saveAdvocate(CustomerAccount account, SignedInUser user, String name) {
        var advocate = activeAdvocate(account, user.email());
        advocate.setName(name);
        advocate.setTitle("Head of Finance");
        advocate.linkKeycloakUser(user.userId());
        advocate.assignTier(tiers.findByRank(2).orElseThrow());
        return advocates.save(advocate);
    }

    private Long askFor(Long advocateId, String opportunityId, Instant expiresAt) {
        return transactions.execute(status -> {
            var request = requests.save(request(opportunityId));
            request.setDealAmount(new BigDecimal("123456.00"));
            return asks.save(new Ask(request, advocates.findById(advocateId).orElseThrow(),
                    NOW.minus(1, ChronoUnit.DAYS), expiresAt)).getId();
        });
    }

    private void willingToTakeCalls(Long advocateId, int maxAsksPerQuarter) {
        transactions.executeWithoutResult(status -> advocates.findById(advocateId).orElseThrow()
                .consent(ActivityTypeCode.REFERENCE_CALL_30, true, maxAsksPerQuarter, ContactChannel.VIDEO_CALL));
    }

    private List<String> actions(Long advocateId) {
        return audit.findByEntityTypeAndEntityIdOrderByOccurredAtDesc("Advocate", advocateId.toString()).stream()
                .map(event -> event.getAction()).toList();
    }

    private <T> T read(Supplier<T> query) {
        return transactions.execute(status -> query.get());
    }

    private static void assertRule(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(DomainRuleException.class)
                .extracting(e -> ((DomainRuleException) e).getMessageKey()).isEqualTo(messageKey);
    }

    private static SignedInUser user(String userId, String email) {
        return new SignedInUser(userId, email, true, null, null, Set.of(Roles.ADVOCATE));
    }

    private static NewCompanyForm newCompany(String countryCode) {
        return new NewCompanyForm("Northwind Clinics", Industry.HEALTHCARE, SizeBand.MID_MARKET, Region.EMEA,
                countryCode);
    }

    private static Forms titleOnly(String title) {
        return new Forms(title, null, null, null, null, null, null, null, null);
    }

    private EditableProfile update(SignedInUser user, Forms forms) {
        return profiles.update(user, forms.form());
    }

    /** A profile form built up field by field, for tests that vary one field at a time. */
    private record Forms(String title, Long accountId, NewCompanyForm newCompany, Set<String> languages,
                         String timeZone, Set<Long> productIds, List<String> outcomes, String bio, String phone) {

        ProfileForm form() {
            return new ProfileForm(title, null, accountId, newCompany, languages, timeZone, productIds, null,
                    outcomes, bio, phone);
        }

        Forms withBio(String value) {
            return new Forms(title, accountId, newCompany, languages, timeZone, productIds, outcomes, value, phone);
        }

        Forms withOutcomes(List<String> value) {
            return new Forms(title, accountId, newCompany, languages, timeZone, productIds, value, bio, phone);
        }

        Forms withTimeZone(String value) {
            return new Forms(title, accountId, newCompany, languages, value, productIds, outcomes, bio, phone);
        }

        Forms withLanguages(Set<String> value) {
            return new Forms(title, accountId, newCompany, value, timeZone, productIds, outcomes, bio, phone);
        }

        Forms withProducts(Set<Long> value) {
            return new Forms(title, accountId, newCompany, languages, timeZone, value, outcomes, bio, phone);
        }

        Forms withAccount(Long value) {
            return new Forms(title, value, newCompany, languages, timeZone, productIds, outcomes, bio, phone);
        }

        Forms withNewCompany(NewCompanyForm value) {
            return new Forms(title, accountId, value, languages, timeZone, productIds, outcomes, bio, phone);
        }

        Forms withPhone(String value) {
            return new Forms(title, accountId, newCompany, languages, timeZone, productIds, outcomes, bio, value);
        }
    }
}
