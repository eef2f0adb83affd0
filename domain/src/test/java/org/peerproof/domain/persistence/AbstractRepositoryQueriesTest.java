package org.peerproof.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.testsupport.DomainFixtures.account;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;
import static org.peerproof.domain.testsupport.DomainFixtures.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.activity.LatestActivity;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.audit.AuditEvent;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.notification.MailCategory;
import org.peerproof.domain.notification.OutboxMessage;
import org.peerproof.domain.notification.OutboxStatus;
import org.peerproof.domain.notification.OutboxMessageRepository;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.annotation.Transactional;

/** The repository queries the program rules rely on, with their boundaries. Run once per supported database. */
// Spring resolves @Transactional from the class declaring the test method, so the inherited tests need it here.
@Transactional
abstract class AbstractRepositoryQueriesTest {

    private static final Instant Q2_START = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant Q3_START = Instant.parse("2026-07-01T00:00:00Z");

    @Autowired
    TestEntityManager em;
    @Autowired
    AdvocateRepository advocates;
    @Autowired
    AskRepository asks;
    @Autowired
    ActivityRepository activities;
    @Autowired
    ActivityTypeRepository activityTypes;
    @Autowired
    OutboxMessageRepository outbox;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    ProgramSettingsRepository settings;

    private final AtomicInteger opportunities = new AtomicInteger();
    private CustomerAccount account;
    private Advocate ada;
    private Advocate bob;

    @BeforeEach
    void createAdvocates() {
        account = em.persist(account("Northwind Health"));
        ada = em.persist(activeAdvocate(account, "ada@northwind.example"));
        bob = em.persist(activeAdvocate(account, "bob@northwind.example"));
    }

    @Test
    void countsOnlyAsksOfTheQuarterThatCountTowardTheCap() {
        ask(ada, Instant.parse("2026-03-31T23:59:59Z"), AskStatus.ACCEPTED);
        ask(ada, Q2_START, AskStatus.PENDING);
        ask(ada, Instant.parse("2026-05-15T10:00:00Z"), AskStatus.DECLINED);
        ask(ada, Instant.parse("2026-05-16T10:00:00Z"), AskStatus.WITHDRAWN);
        ask(ada, Instant.parse("2026-06-30T23:59:59.999999Z"), AskStatus.COMPLETED);
        ask(ada, Q3_START, AskStatus.PENDING);
        ask(bob, Instant.parse("2026-05-15T10:00:00Z"), AskStatus.PENDING);

        assertThat(asks.countTowardCap(ada.getId(), Q2_START, Q3_START)).isEqualTo(3);
        assertThat(asks.countTowardCap(ada.getId(), Q3_START, Q3_START.plusSeconds(1))).isEqualTo(1);
        assertThat(asks.countTowardCap(bob.getId(), Q2_START, Q3_START)).isEqualTo(1);
    }

    @Test
    void listsAnAdvocatesMostRecentAsksNewestFirst() {
        ask(ada, Instant.parse("2026-05-01T09:00:00Z"), AskStatus.DECLINED);
        var newest = ask(ada, Instant.parse("2026-05-03T09:00:00Z"), AskStatus.DECLINED);
        var middle = ask(ada, Instant.parse("2026-05-02T09:00:00Z"), AskStatus.ACCEPTED);
        var newestTie = ask(ada, Instant.parse("2026-05-03T09:00:00Z"), AskStatus.PENDING);
        ask(bob, Instant.parse("2026-05-04T09:00:00Z"), AskStatus.DECLINED);
        em.clear();

        assertThat(asks.findMostRecentByAdvocate(ada.getId(), Limit.of(3)))
                .containsExactly(newestTie, newest, middle);
        assertThat(asks.findMostRecentByAdvocate(ada.getId(), Limit.unlimited())).hasSize(4);
    }

    @Test
    void findsTheLatestActivityOfAnAdvocate() {
        activity(ada, ActivityTypeCode.CASE_STUDY, LocalDate.of(2026, 3, 1));
        activity(ada, ActivityTypeCode.LOGO_USE, LocalDate.of(2026, 4, 10));
        activity(ada, ActivityTypeCode.REFERENCE_CALL_15, LocalDate.of(2026, 4, 10));
        activity(ada, ActivityTypeCode.SURVEY, LocalDate.of(2026, 2, 1));
        activity(bob, ActivityTypeCode.SPEAKING, LocalDate.of(2026, 5, 1));
        var carol = em.persist(activeAdvocate(account, "carol@northwind.example"));

        assertThat(activities.findLatest(ada.getId()))
                .contains(new LatestActivity(LocalDate.of(2026, 4, 10), ActivityTypeCode.REFERENCE_CALL_15, false));
        assertThat(activities.findLatest(bob.getId()))
                .contains(new LatestActivity(LocalDate.of(2026, 5, 1), ActivityTypeCode.SPEAKING, true));
        assertThat(activities.findLatest(carol.getId())).isEmpty();
    }

    @Test
    void findsAdvocatesByKeycloakUserIdAndByEmailInAnyCase() {
        ada.linkKeycloakUser("0b5c6a9e-kc-ada");
        em.flush();
        em.clear();

        assertThat(advocates.findByKeycloakUserId("0b5c6a9e-kc-ada")).contains(ada);
        assertThat(advocates.findByKeycloakUserId("unknown")).isEmpty();
        assertThat(advocates.findByEmailIgnoreCase("ADA@Northwind.Example")).contains(ada);
        assertThat(advocates.findByEmailIgnoreCase("nobody@northwind.example")).isEmpty();
    }

    @Test
    void rejectsASecondAdvocateWithTheSameEmailInAnotherCase() {
        var duplicate = activeAdvocate(account, " Ada@NORTHWIND.example ");

        assertThat(duplicate.getEmail()).isEqualTo("ada@northwind.example");
        assertThatThrownBy(() -> advocates.saveAndFlush(duplicate))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void findsOutboxMessagesDueForSendingOldestFirst() {
        var now = Instant.parse("2026-05-01T12:00:00Z");
        var dueLater = message(now.minusSeconds(60));
        var dueFirst = message(now.minusSeconds(3600));
        var dueExactlyNow = message(now);
        message(now.plusSeconds(1));
        var sent = message(now.minusSeconds(7200));
        sent.claim(now.minusSeconds(7100));
        sent.markSent(now.minusSeconds(7000));
        var retrying = message(now.minusSeconds(30));
        retrying.claim(now.minusSeconds(20));
        retrying.recordFailure("SMTP 451 try later", now.plusSeconds(300), false);
        var claimed = message(now.minusSeconds(90));
        claimed.claim(now.minusSeconds(5));

        assertThat(outbox.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(OutboxStatus.PENDING, now, Limit.of(10)))
                .containsExactly(dueFirst, dueLater, dueExactlyNow);
        assertThat(outbox.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(OutboxStatus.PENDING, now, Limit.of(1)))
                .containsExactly(dueFirst);
    }

    @Test
    void listsTheAuditTrailOfOneRecordNewestFirst() {
        var created = em.persist(new AuditEvent("pat.pm", "ADVOCATE_CREATED", "Advocate", ada.getId().toString(),
                null, "10.0.0.7", Instant.parse("2026-05-01T09:00:00Z")));
        var paused = em.persist(new AuditEvent("ada", "ADVOCATE_PAUSED", "Advocate", ada.getId().toString(),
                "{\"until\":\"2026-06-01\"}", "203.0.113.9", Instant.parse("2026-05-02T09:00:00Z")));
        em.persist(new AuditEvent("pat.pm", "ADVOCATE_CREATED", "Advocate", bob.getId().toString(),
                null, "10.0.0.7", Instant.parse("2026-05-03T09:00:00Z")));

        assertThat(auditEvents.findByEntityTypeAndEntityIdOrderByOccurredAtDesc("Advocate", ada.getId().toString()))
                .containsExactly(paused, created);
    }

    @Test
    void savesChangedProgramRules() {
        var changed = new ProgramRules(2, 21, 45, 5, 4, 2, 5, 12, 3, 24);

        settings.current().apply(changed);
        em.flush();
        em.clear();

        assertThat(settings.current().toRules()).isEqualTo(changed);
    }

    private Ask ask(Advocate advocate, Instant askedAt, AskStatus status) {
        var request = em.persist(request("OPP-" + opportunities.incrementAndGet()));
        var ask = new Ask(request, advocate, askedAt, askedAt.plusSeconds(3 * 86_400));
        var answeredAt = askedAt.plusSeconds(3600);
        switch (status) {
            case PENDING -> { }
            case ACCEPTED -> ask.accept(answeredAt);
            case DECLINED -> ask.decline("Travelling", answeredAt);
            case EXPIRED -> ask.expire();
            case WITHDRAWN -> ask.withdraw();
            case COMPLETED -> {
                ask.accept(answeredAt);
                ask.complete();
            }
        }
        return em.persist(ask);
    }

    private void activity(Advocate advocate, ActivityTypeCode type, LocalDate on) {
        var activityType = activityTypes.findById(type).orElseThrow();
        em.persist(new Activity(advocate, activityType, on, "pat.pm", Instant.parse("2026-05-20T00:00:00Z")));
    }

    private OutboxMessage message(Instant createdAt) {
        return em.persist(new OutboxMessage("ada@northwind.example", "ASK_NEW", MailCategory.ASKS, null, Locale.GERMAN,
                "{\"askId\":1}", createdAt));
    }
}
