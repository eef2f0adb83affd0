package org.peerproof.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.testsupport.DomainFixtures.account;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;
import static org.peerproof.domain.testsupport.DomainFixtures.request;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.advocate.ActivityConsent;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.BlackoutPeriod;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.advocate.WorkingHours;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.checkin.CheckIn;
import org.peerproof.domain.nomination.Nomination;
import org.peerproof.domain.nomination.NominationStatus;
import org.peerproof.domain.notification.MailCategory;
import org.peerproof.domain.notification.OutboxMessage;
import org.peerproof.domain.outcome.DealOutcome;
import org.peerproof.domain.outcome.DealOutcomeRepository;
import org.peerproof.domain.outcome.DealResult;
import org.peerproof.domain.recommitment.Recommitment;
import org.peerproof.domain.recommitment.RecommitmentStatus;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.reward.BenefitGrant;
import org.peerproof.domain.reward.BenefitGrantRepository;
import org.peerproof.domain.reward.BenefitKind;
import org.peerproof.domain.reward.BenefitRepository;
import org.peerproof.domain.reward.GrantStatus;
import org.peerproof.domain.target.ProgramTarget;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/** A realistic slice of a running program survives a round trip through MariaDB unchanged. */
@MariaDbJpaTest
class AggregatePersistenceTest {

    private static final Instant ASKED_AT = Instant.parse("2026-05-04T08:15:30Z");

    @Autowired
    TestEntityManager em;
    @Autowired
    TierRepository tiers;
    @Autowired
    BenefitRepository benefits;
    @Autowired
    ActivityTypeRepository activityTypes;
    @Autowired
    DealOutcomeRepository dealOutcomes;
    @Autowired
    BenefitGrantRepository grants;

    @Test
    void storesAndReloadsAnAdvocateWithProfileConsentsAndAvailability() {
        var product = em.persist(new Product("PeerProof Ledger"));
        var useCase = em.persist(new UseCase("Invoice automation"));
        var account = account("Klinikum Süd");
        account.setCountryCode("DE");
        account.setCrmAccountId("0016900000AbCdE");
        account.getProductsOwned().add(product);
        account.recordHealth(RelationshipHealth.GREEN, 62);
        em.persist(account);

        var advocate = activeAdvocate(account, "Dr.Jürgen.Weiß@Klinikum-Sued.example");
        advocate.setName("Dr. Jürgen Weiß 🩺");
        advocate.setTitle("CIO");
        advocate.setPersona(Persona.EXECUTIVE);
        advocate.setPreferredLocale(Locale.GERMANY);
        advocate.setWorkingHours(new WorkingHours(LocalTime.of(8, 30), LocalTime.of(17, 0)));
        advocate.pauseUntil(LocalDate.of(2026, 5, 31));
        advocate.assignTier(tiers.findByRank(1).orElseThrow());
        advocate.getLanguages().addAll(Set.of("de", "en"));
        advocate.getOutcomes().addAll(List.of("Month-end close from 10 to 4 days", "Zero audit findings"));
        advocate.getUseCases().add(useCase);
        advocate.getProductsUsed().add(product);
        advocate.getBlackouts().add(new BlackoutPeriod(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 21)));
        advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 2, ContactChannel.VIDEO_CALL);
        advocate.consent(ActivityTypeCode.CASE_STUDY, false, 0, null);
        advocate.consent(ActivityTypeCode.REFERENCE_CALL_30, true, 1, ContactChannel.PHONE);
        var id = em.persistAndFlush(advocate).getId();
        em.clear();

        var loaded = em.find(Advocate.class, id);
        assertThat(loaded.getEmail()).isEqualTo("dr.jürgen.weiß@klinikum-sued.example");
        assertThat(loaded.getName()).isEqualTo("Dr. Jürgen Weiß 🩺");
        assertThat(loaded.getAccount().getCompanyName()).isEqualTo("Klinikum Süd");
        assertThat(loaded.getAccount().getProductsOwned()).containsExactly(product);
        assertThat(loaded.getAccount().getNpsScore()).isEqualTo(62);
        assertThat(loaded.getTimeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(loaded.getPreferredLocale()).isEqualTo(Locale.GERMANY);
        assertThat(loaded.getStatus()).isEqualTo(AdvocateStatus.ACTIVE);
        assertThat(loaded.getTier().isPower()).isTrue();
        assertThat(loaded.getWorkingHours()).isEqualTo(new WorkingHours(LocalTime.of(8, 30), LocalTime.of(17, 0)));
        assertThat(loaded.getPausedUntil()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(loaded.getLanguages()).containsExactlyInAnyOrder("de", "en");
        assertThat(loaded.getOutcomes()).containsExactly("Month-end close from 10 to 4 days", "Zero audit findings");
        assertThat(loaded.getUseCases()).containsExactly(useCase);
        assertThat(loaded.getBlackouts()).singleElement()
                .satisfies(blackout -> assertThat(blackout.covers(LocalDate.of(2026, 8, 21))).isTrue());
        assertThat(loaded.getConsents()).hasSize(2);
        assertThat(loaded.consentFor(ActivityTypeCode.REFERENCE_CALL_30)).get()
                .extracting(ActivityConsent::getMaxAsksPerQuarter, ActivityConsent::getPreferredChannel)
                .containsExactly(1, ContactChannel.PHONE);
        assertThat(loaded.consentFor(ActivityTypeCode.CASE_STUDY)).get()
                .extracting(ActivityConsent::isWilling).isEqualTo(false);
    }

    @Test
    void storesAndReloadsARequestThroughAskActivityOutcomeAndReward() {
        var account = em.persist(account("Contoso Pharma"));
        var advocate = em.persist(activeAdvocate(account, "mia@contoso.example"));
        var product = em.persist(new Product("PeerProof Spend"));
        var request = request("OPP-4711");
        request.getProducts().add(product);
        request.setDealAmount(new BigDecimal("250000.00"));
        request.setLanguageCode("en");
        request.changeStatus(RequestStatus.ASKED);
        em.persist(request);

        var ask = new Ask(request, advocate, ASKED_AT, ASKED_AT.plusSeconds(3 * 86_400));
        ask.accept(ASKED_AT.plusSeconds(3600));
        request.matched(ASKED_AT.plusSeconds(3600));
        ask.schedule(Instant.parse("2026-05-07T14:00:00Z"));
        ask.complete();
        ask.recordFeedback(true, "Very candid, exactly what we needed.", 9);
        em.persist(ask);
        var callType = activityTypes.findById(ActivityTypeCode.REFERENCE_CALL_30).orElseThrow();
        em.persist(Activity.fulfilling(ask, callType, LocalDate.of(2026, 5, 7), "pat.pm", ASKED_AT));
        request.fulfil(Instant.parse("2026-05-07T15:00:00Z"));

        var outcome = new DealOutcome("OPP-4711");
        outcome.influencedBy(ask);
        outcome.close(DealResult.WON, new BigDecimal("240000.00"), LocalDate.of(2026, 6, 20), 95);
        em.persist(outcome);

        var gift = benefits.findAll().stream().filter(b -> b.getKind() == BenefitKind.GIFT).findFirst().orElseThrow();
        var grant = new BenefitGrant(advocate, gift, new BigDecimal("75.00"), "pat.pm", ASKED_AT.plusSeconds(86_400));
        grant.accept(ASKED_AT.plusSeconds(2 * 86_400));
        em.persist(grant);
        em.flush();
        em.clear();

        var loadedOutcome = dealOutcomes.findByOpportunityId("OPP-4711").orElseThrow();
        assertThat(loadedOutcome.getResult()).isEqualTo(DealResult.WON);
        assertThat(loadedOutcome.getAmount()).isEqualByComparingTo("240000");
        var loadedAsk = loadedOutcome.getInfluencingAsks().iterator().next();
        assertThat(loadedAsk.getStatus()).isEqualTo(AskStatus.COMPLETED);
        assertThat(loadedAsk.getAskedAt()).isEqualTo(ASKED_AT);
        assertThat(loadedAsk.getProspectScore()).isEqualTo(9);
        ReferenceRequest loadedRequest = loadedAsk.getRequest();
        assertThat(loadedRequest.getStatus()).isEqualTo(RequestStatus.FULFILLED);
        assertThat(loadedRequest.getFirstMatchedAt()).isEqualTo(ASKED_AT.plusSeconds(3600));
        assertThat(loadedRequest.getProducts()).containsExactly(product);
        assertThat(loadedRequest.getDealAmount()).isEqualByComparingTo("250000");
        var activity = em.getEntityManager()
                .createQuery("select a from Activity a where a.ask = :ask", Activity.class)
                .setParameter("ask", loadedAsk).getSingleResult();
        assertThat(activity.getEffortWeight()).isEqualTo(callType.getEffortWeight());
        assertThat(activity.getOpportunityId()).isEqualTo("OPP-4711");
        assertThat(grants.findByAdvocateIdOrderByOfferedAtDesc(advocate.getId())).singleElement()
                .satisfies(g -> {
                    assertThat(g.getStatus()).isEqualTo(GrantStatus.ACCEPTED);
                    assertThat(g.getValue()).isEqualByComparingTo("75");
                });
    }

    @Test
    void storesProgramCareRecords() {
        var account = em.persist(account("Fabrikam Logistics"));
        var advocate = em.persist(activeAdvocate(account, "lee@fabrikam.example"));
        var nominee = em.persist(new Advocate(account, "Kim Park", "kim@fabrikam.example", ZoneId.of("Asia/Seoul"),
                AdvocateStatus.NOMINATED, ASKED_AT));
        var recommitment = new Recommitment(advocate, ASKED_AT, LocalDate.of(2026, 6, 3));
        recommitment.firstReminderSent(ASKED_AT.plusSeconds(86_400));
        recommitment.confirm(ASKED_AT.plusSeconds(2 * 86_400));
        var recommitmentId = em.persist(recommitment).getId();
        var checkIn = new CheckIn(advocate, LocalDate.of(2026, 4, 2), "pat.pm", RelationshipHealth.AMBER);
        checkIn.setNotes("Busy with an ERP migration until June.");
        var checkInId = em.persist(checkIn).getId();
        var nomination = new Nomination(nominee, "casey.csm", "Led the rollout in APAC", ASKED_AT);
        nomination.changeStatus(NominationStatus.INVITED);
        var nominationId = em.persist(nomination).getId();
        var targetId = em.persist(new ProgramTarget(null, Region.APAC, null,
                Persona.IT, 5)).getId();
        var payload = "{\"body\":\"" + "Grüße 👋 ".repeat(30_000) + "\"}";
        var messageId = em.persist(new OutboxMessage("kim@fabrikam.example", "NOMINATION_INVITATION",
                MailCategory.INVITATION, null, Locale.KOREAN, payload, ASKED_AT)).getId();
        em.flush();
        em.clear();

        assertThat(em.find(Recommitment.class, recommitmentId).getStatus()).isEqualTo(RecommitmentStatus.CONFIRMED);
        assertThat(em.find(CheckIn.class, checkInId).getHealth()).isEqualTo(RelationshipHealth.AMBER);
        var loadedNomination = em.find(Nomination.class, nominationId);
        assertThat(loadedNomination.getStatus()).isEqualTo(NominationStatus.INVITED);
        assertThat(loadedNomination.getNominee().getStatus()).isEqualTo(AdvocateStatus.NOMINATED);
        var target = em.find(ProgramTarget.class, targetId);
        assertThat(target.getIndustry()).isNull();
        assertThat(target.getPersona()).isEqualTo(Persona.IT);
        var message = em.find(OutboxMessage.class, messageId);
        assertThat(message.getPayload()).hasSize(payload.length()).isEqualTo(payload);
        assertThat(message.getLocale()).isEqualTo(Locale.KOREAN);
    }

    @Test
    void validatesEntitiesBeforeWritingThem() {
        CustomerAccount account = em.persist(account("Tailspin Toys"));
        var invalid = activeAdvocate(account, "not-an-email");

        assertThatThrownBy(() -> em.persistAndFlush(invalid))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("email");
    }
}
