package org.peerproof.domain.programcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.ADMIN;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.NOW;
import static org.peerproof.domain.programcare.ProgramCareTestSetup.PROGRAM_MANAGER;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.AdvocateActivities;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocatePreferences;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.advocate.AdvocateSignedUp;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.ConsentChoice;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.NewCompanyForm;
import org.peerproof.domain.advocate.PreferencesForm;
import org.peerproof.domain.advocate.PreferencesView;
import org.peerproof.domain.advocate.ProfileForm;
import org.peerproof.domain.advocate.SignUpApproved;
import org.peerproof.domain.advocate.SignUpReview;
import org.peerproof.domain.matching.EntityRankingQueries;
import org.peerproof.domain.reward.AdvocateRewards;
import org.peerproof.domain.reward.ProgramWelcome;
import org.peerproof.domain.settings.ProgramSettingsAdministration;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.settings.SettingsForm;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.testsupport.MutableClock;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The first run of a self-registered advocate: welcome and status while under review, answers kept before a tier,
 * a profile review date from the start, the default tier on approval and the events the mails listen to.
 */
@MariaDbJpaTest
@Import({ProgramCareTestSetup.class, AdvocateRewards.class, AdvocatePreferences.class, AdvocateProfiles.class,
        AdvocateActivities.class})
@RecordApplicationEvents
class FirstRunTest {

    @Autowired AdvocateSignUpService signUp;
    @Autowired SignUpReview review;
    @Autowired AdvocateRewards rewards;
    @Autowired AdvocatePreferences preferences;
    @Autowired AdvocateProfiles profiles;
    @Autowired AdvocateActivities activities;
    @Autowired ProgramSettingsAdministration settingsAdministration;
    @Autowired ProgramSettingsRepository settings;
    @Autowired AdvocateRepository advocates;
    @Autowired EntityRankingQueries rankingQueries;
    @Autowired TierRepository tiers;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    SignedInUser newcomer;

    @BeforeEach
    void aPersonWhoRegisteredOnTheirOwn() {
        clock.set(NOW);
        var email = "newcomer-" + UUID.randomUUID() + "@example.com";
        newcomer = new SignedInUser("kc-" + email, email, true, "New Comer", Locale.ENGLISH, Set.of(Roles.ADVOCATE));
    }

    @Test
    void signingUpPublishesAdvocateSignedUpOnceAndStartsTheProfileReviewPeriod() {
        var advocate = signUp.advocateFor(newcomer);
        signUp.advocateFor(newcomer);

        assertThat(events.stream(AdvocateSignedUp.class)).containsExactly(new AdvocateSignedUp(advocate.getId()));
        var review = profiles.reviewStatus(newcomer);
        assertThat(review.lastReviewedOn()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(review.needsReview()).isFalse();
    }

    @Test
    void aSignUpActiveAtOnceJoinsOnTheDayItSignsUp() {
        settings.current().setSelfSignUpStatus(AdvocateStatus.ACTIVE);

        var advocate = signUp.advocateFor(newcomer);

        assertThat(advocate.getJoinedOn()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(advocate.getLastProfileReviewOn()).isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void underReviewTheWelcomeNamesTheStatusTheStartingTierAndEveryTierLightestFirst() {
        var welcome = rewards.welcome(newcomer).orElseThrow();

        assertThat(welcome.standing()).isEqualTo(ProgramWelcome.Standing.UNDER_REVIEW);
        assertThat(welcome.startingTierName()).isEqualTo(tiers.findByRank(3).orElseThrow().getName());
        assertThat(welcome.tiers()).extracting(tier -> tier.rank()).containsExactly(3, 2, 1);
        assertThat(welcome.tiers().get(2).allowedActivityTypes()).isNotEmpty();
    }

    @Test
    void beforeATierTheAdvocateMayStateWhatTheyWouldDoAndTheAnswerIsKept() {
        var before = preferences.mine(newcomer);
        assertThat(before.awaitingTier()).isTrue();
        assertThat(before.activityTypes()).allMatch(PreferencesView.Row::choosable);

        var saved = preferences.update(newcomer, new PreferencesForm(List.of(
                new ConsentChoice(ActivityTypeCode.CASE_STUDY, true, 1, ContactChannel.EMAIL))));

        assertThat(saved.awaitingTier()).isTrue();
        assertThat(saved.activityTypes()).filteredOn(row -> row.activityType() == ActivityTypeCode.CASE_STUDY)
                .singleElement().satisfies(row -> {
                    assertThat(row.willing()).isTrue();
                    assertThat(row.allowedByTier()).isFalse();
                });
    }

    @Test
    void withoutATierTheHistoryHasNoCommitmentYearRatherThanFailing() {
        assertThat(activities.history(newcomer).commitment()).isNull();
    }

    @Test
    void approvalStartsTheAdvocateInTheDefaultTierAndPublishesSignUpApproved() {
        var advocate = signUp.advocateFor(newcomer);
        var lightest = tiers.findByRank(3).orElseThrow();

        review.approve(PROGRAM_MANAGER, advocate.getId());

        var approved = advocates.findById(advocate.getId()).orElseThrow();
        assertThat(approved.getStatus()).isEqualTo(AdvocateStatus.ACTIVE);
        assertThat(approved.getTier()).isEqualTo(lightest);
        assertThat(events.stream(SignUpApproved.class))
                .containsExactly(new SignUpApproved(advocate.getId(), lightest.getId()));
        assertThat(rewards.welcome(newcomer)).isEmpty();
        assertThat(activities.history(newcomer).commitment().expected())
                .isEqualTo(lightest.getExpectedActivitiesPerYear());
    }

    @Test
    void approvalTakesInTheCompanyTheNewcomerNamedSoMatchingConsidersThem() {
        var advocate = signUp.advocateFor(newcomer);
        profiles.update(newcomer, new ProfileForm(null, null, null, new NewCompanyForm("Lagoa Logistica",
                Industry.LOGISTICS, SizeBand.SMALL, Region.LATIN_AMERICA, "BR"), Set.of(), null, Set.of(), Set.of(),
                List.of(), null, null));

        review.approve(PROGRAM_MANAGER, advocate.getId());

        var approved = advocates.findById(advocate.getId()).orElseThrow();
        assertThat(approved.getAccount().isPendingReview()).isFalse();
        assertThat(rankingQueries.findMatchable()).extracting(Advocate::getId).contains(advocate.getId());
    }

    @Test
    void withoutADefaultTierApprovalLeavesThePlacementToStaffAndSaysSo() {
        var loaded = settingsAdministration.current(ADMIN);
        settingsAdministration.update(ADMIN, withDefaultTier(loaded, null));
        var advocate = signUp.advocateFor(newcomer);

        review.approve(PROGRAM_MANAGER, advocate.getId());

        assertThat(events.stream(SignUpApproved.class)).containsExactly(new SignUpApproved(advocate.getId(), null));
        assertThat(rewards.welcome(newcomer).orElseThrow().standing())
                .isEqualTo(ProgramWelcome.Standing.AWAITING_TIER);
    }

    @Test
    void aTierThatNeedsAnAgreementCannotBeTheDefaultForSignUps() {
        var loaded = settingsAdministration.current(ADMIN);
        var power = tiers.findByRank(1).orElseThrow();

        assertThatThrownBy(() -> settingsAdministration.update(ADMIN, withDefaultTier(loaded, power.getId())))
                .isInstanceOfSatisfying(DomainRuleException.class, refused -> assertThat(refused.getMessageKey())
                        .isEqualTo("program.settings.defaultSignUpTier.tooCommitted"));
        assertThat(settings.current().getDefaultSignUpTier().getRank()).isEqualTo(3);
    }

    private static SettingsForm withDefaultTier(SettingsForm form, Long tierId) {
        return new SettingsForm(form.version(), form.quarterlyAskCap(), form.restDays(), form.heavyRestDays(),
                form.burnoutAskThreshold(), form.burnoutDeclineStreak(), form.askExpiryBusinessDays(),
                form.actionLinkExpiryDays(), form.recommitmentPeriodMonths(), form.profileReviewMonths(),
                form.matchedWithinHours(), form.selfSignUpStatus(), tierId, form.currency());
    }
}
