package org.peerproof.domain.notification;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail that no single change causes: reminders, prompts, staff notices and the weekly digest. Each run
 * marks what it wrote (reminder_sent_at, profile_review_prompted_on, unfulfilled_notice_sent_at) in the same
 * transaction as the outbox rows, so a job that runs twice never mails twice. ShedLock: one node per job. Each
 * returns how many it handled, boxed: ShedLock cannot lock a method returning a primitive.
 */
@Component
public class NotificationJobs {

    private static final Duration REMINDER_BEFORE_EXPIRY = Duration.ofDays(1);

    private final EntityManager entityManager;
    private final MailNotifications notifications;
    private final OutboxMessageRepository messages;
    private final AdvocateRepository advocates;
    private final MailRenderer renderer;
    private final Outbox outbox;
    private final ProgramSettingsRepository settings;
    private final MailProperties properties;
    private final Clock clock;

    public NotificationJobs(EntityManager entityManager, MailNotifications notifications,
                            OutboxMessageRepository messages, AdvocateRepository advocates, MailRenderer renderer,
                            Outbox outbox, ProgramSettingsRepository settings, MailProperties properties, Clock clock) {
        this.entityManager = entityManager;
        this.notifications = notifications;
        this.messages = messages;
        this.advocates = advocates;
        this.renderer = renderer;
        this.outbox = outbox;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    /** One reminder per pending ask, within its last day. */
    @Scheduled(cron = "${peerproof.mail.reminder-cron:0 */15 * * * *}")
    @SchedulerLock(name = "ask-reminders", lockAtMostFor = "PT10M")
    @Transactional
    public Integer remindExpiringAsks() {
        var now = Instant.now(clock);
        var due = entityManager.createQuery("""
                        select a from Ask a
                        where a.status = :pending and a.reminderSentAt is null
                          and a.expiresAt > :now and a.expiresAt <= :soon""", Ask.class)
                .setParameter("pending", AskStatus.PENDING)
                .setParameter("now", now)
                .setParameter("soon", now.plus(REMINDER_BEFORE_EXPIRY))
                .getResultList();
        for (var ask : due) {
            notifications.askReminderDue(ask);
            ask.reminderSent(now);
        }
        return due.size();
    }

    /**
     * Rule 9: active advocates whose profile was last reviewed (or, never reviewed, who joined) more than
     * profile_review_months ago, and who were not prompted within that period.
     */
    @Scheduled(cron = "${peerproof.mail.profile-review-cron:0 0 8 * * *}")
    @SchedulerLock(name = "profile-review-prompts", lockAtMostFor = "PT30M")
    @Transactional
    public Integer promptProfileReviews() {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var staleBefore = today.minusMonths(settings.current().toRules().profileReviewMonths());
        var due = entityManager.createQuery("""
                        select a from Advocate a
                        where a.status = :active
                          and coalesce(a.lastProfileReviewOn, a.joinedOn) < :staleBefore
                          and (a.profileReviewPromptedOn is null or a.profileReviewPromptedOn < :staleBefore
                               or a.profileReviewPromptedOn < coalesce(a.lastProfileReviewOn, a.joinedOn))""",
                        Advocate.class)
                .setParameter("active", AdvocateStatus.ACTIVE)
                .setParameter("staleBefore", staleBefore)
                .getResultList();
        for (var advocate : due) {
            notifications.profileReviewDue(advocate);
            advocate.profileReviewPrompted(today);
        }
        return due.size();
    }

    /** Requests still open without an accepted ask this many days after they were filed: tell staff once. */
    @Scheduled(cron = "${peerproof.mail.unfulfilled-cron:0 30 7 * * *}")
    @SchedulerLock(name = "unfulfilled-requests", lockAtMostFor = "PT30M")
    @Transactional
    public Integer reportUnfulfilledRequests() {
        var now = Instant.now(clock);
        var days = properties.unfulfilledAfterDays();
        var due = entityManager.createQuery("""
                        select r from ReferenceRequest r
                        where r.status in :open and r.firstMatchedAt is null and r.unfulfilledNoticeSentAt is null
                          and r.createdAt <= :filedBefore""", ReferenceRequest.class)
                .setParameter("open", List.of(RequestStatus.NEW, RequestStatus.MATCHING, RequestStatus.ASKED,
                        RequestStatus.UNFULFILLED))
                .setParameter("filedBefore", now.minus(Duration.ofDays(days)))
                .getResultList();
        for (var request : due) {
            notifications.requestUnfulfilled(request, Duration.between(request.getCreatedAt(), now).toDays());
            request.unfulfilledNoticeSent(now);
        }
        return due.size();
    }

    /** Folds each advocate's held optional mail into one digest message (Monday morning by default). */
    @Scheduled(cron = "${peerproof.mail.digest-cron:0 0 7 * * MON}")
    @SchedulerLock(name = "mail-digest", lockAtMostFor = "PT30M")
    @Transactional
    public Integer sendDigests() {
        var now = Instant.now(clock);
        var held = new LinkedHashMap<Long, List<OutboxMessage>>();
        for (var message : messages.findByStatusOrderByAdvocateIdAscCreatedAtAsc(OutboxStatus.HELD)) {
            held.computeIfAbsent(message.getAdvocateId(), id -> new ArrayList<>()).add(message);
        }
        held.forEach((advocateId, batch) -> {
            var advocate = advocates.findById(advocateId).orElseThrow();
            var items = batch.stream().map(renderer::digestItem).toList();
            outbox.toAdvocate(advocate, MailTemplate.DIGEST, new MailModel(advocate.getName(),
                    MailRenderer.args(items.size()), List.of(),
                    List.of(new MailModel.Action("email.action.notificationSettings",
                            properties.url(LinkedPages.PORTAL_NOTIFICATIONS))), null, items));
            batch.forEach(message -> message.digested(now));
        });
        return held.size();
    }
}
