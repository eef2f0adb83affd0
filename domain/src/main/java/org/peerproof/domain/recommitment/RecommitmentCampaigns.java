package org.peerproof.domain.recommitment;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.shared.DomainRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Yearly recommitment (rule 6): program managers start campaigns for one advocate or a cohort and follow them on the
 * status board; {@link RecommitmentJob} sends the reminders and lapses those who did not answer by the due date.
 */
@Service
@Validated
public class RecommitmentCampaigns {

    static final String AUDIT_ENTITY = "Recommitment";
    static final String SYSTEM_ACTOR = "system:recommitment-job";
    static final int BOARD_ROWS = 500;
    /** Advocates in one of these statuses are in the program and recommit; the others are out already. */
    static final List<AdvocateStatus> IN_PROGRAM = List.of(AdvocateStatus.ACTIVE, AdvocateStatus.PAUSED);

    private final RecommitmentRepository recommitments;
    private final ProgramSettingsRepository settings;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    public RecommitmentCampaigns(RecommitmentRepository recommitments, ProgramSettingsRepository settings,
                                 EntityManager entityManager, ApplicationEventPublisher events, AuditTrail audit,
                                 Clock clock) {
        this.recommitments = recommitments;
        this.settings = settings;
        this.entityManager = entityManager;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sends a recommitment to every advocate of the cohort who is in the program and has none open, and publishes
     * {@link RecommitmentRequested} for each. Returns how many were sent.
     */
    @Transactional
    public int start(SignedInUser user, @NotNull @Valid CampaignForm form) {
        requireProgramManager(user);
        if (!form.dueOn().isAfter(LocalDate.now(clock))) {
            throw new DomainRuleException("program.recommitment.dueOnNotFuture");
        }
        var cohort = cohort(form);
        if (cohort.isEmpty()) {
            throw new DomainRuleException("program.recommitment.nobodyInCohort");
        }
        var alreadyOpen = new HashSet<>(recommitments.findAdvocatesWithOpenRecommitment(
                cohort.stream().map(Advocate::getId).toList()));
        var now = Instant.now(clock);
        int sent = 0;
        for (var advocate : cohort) {
            if (alreadyOpen.contains(advocate.getId())) {
                continue;
            }
            var recommitment = recommitments.save(new Recommitment(advocate, now, form.dueOn()));
            events.publishEvent(new RecommitmentRequested(recommitment.getId()));
            audit.record(user.email(), "recommitment.sent", AUDIT_ENTITY, recommitment.getId(),
                    "advocate=" + advocate.getId() + ", dueOn=" + form.dueOn() + ", cohort=" + form.cohort());
            sent++;
        }
        if (sent == 0) {
            throw new DomainRuleException("program.recommitment.allOpenAlready");
        }
        return sent;
    }

    private List<Advocate> cohort(CampaignForm form) {
        var query = switch (form.cohort()) {
            case ADVOCATE -> entityManager.createQuery(
                    "select a from Advocate a where a.id = :id and a.status in :statuses", Advocate.class)
                    .setParameter("id", form.advocateId());
            case TIER -> entityManager.createQuery(
                    "select a from Advocate a where a.tier.id = :tierId and a.status in :statuses", Advocate.class)
                    .setParameter("tierId", form.tierId());
            case YEAR_ENDING -> entityManager.createQuery("""
                    select a from Advocate a where a.status in :statuses
                    and coalesce(a.lastRecommittedOn, a.joinedOn) <= :yearStartedBy""", Advocate.class)
                    .setParameter("yearStartedBy",
                            form.dueOn().minusMonths(settings.current().toRules().recommitmentPeriodMonths()));
        };
        return query.setParameter("statuses", IN_PROGRAM).getResultList();
    }

    /** Counts by status and the recommitments in {@code status} (all when null), soonest due first. */
    @Transactional(readOnly = true)
    public RecommitmentBoard board(SignedInUser user, RecommitmentStatus status) {
        requireProgramManager(user);
        var counts = new EnumMap<RecommitmentStatus, Long>(RecommitmentStatus.class);
        for (var value : RecommitmentStatus.values()) {
            counts.put(value, 0L);
        }
        recommitments.countByStatus().forEach(row -> counts.put((RecommitmentStatus) row[0], (Long) row[1]));
        return new RecommitmentBoard(counts, recommitments.findForBoard(status, Limit.of(BOARD_ROWS)).stream()
                .map(RecommitmentRow::of).toList());
    }

    /**
     * The job's work: for every unanswered recommitment, the reminder due today (published as
     * {@link RecommitmentReminderDue}, once each) or, on the due date, the lapse: the advocate leaves matching.
     * Dates are the advocate's own. Returns how many lapsed.
     */
    @Transactional
    public int remindAndLapse() {
        var now = Instant.now(clock);
        // A day of slack: advocates east of the server's zone are already a day further.
        var horizon = LocalDate.now(clock).plusDays(RecommitmentDeadlines.FIRST_REMINDER_DAYS + 1);
        int lapsed = 0;
        for (var recommitment : recommitments.findOpenDueBy(horizon)) {
            var advocate = recommitment.getAdvocate();
            var today = advocate.today(clock);
            if (RecommitmentDeadlines.lapses(recommitment.getDueOn(), today)) {
                recommitment.lapse();
                var before = advocate.getStatus();
                if (IN_PROGRAM.contains(before)) {
                    advocate.changeStatus(AdvocateStatus.LAPSED);
                }
                audit.record(SYSTEM_ACTOR, "recommitment.lapsed", AUDIT_ENTITY, recommitment.getId(),
                        "advocate=" + advocate.getId() + ", status " + before + " -> " + advocate.getStatus());
                lapsed++;
                continue;
            }
            RecommitmentDeadlines.reminderDue(recommitment.getDueOn(), today,
                    recommitment.getFirstReminderSentAt() != null, recommitment.getFinalReminderSentAt() != null)
                    .ifPresent(daysLeft -> {
                        if (daysLeft == RecommitmentDeadlines.FIRST_REMINDER_DAYS) {
                            recommitment.firstReminderSent(now);
                        } else {
                            recommitment.finalReminderSent(now);
                        }
                        events.publishEvent(new RecommitmentReminderDue(recommitment.getId(), daysLeft));
                        audit.record(SYSTEM_ACTOR, "recommitment.reminded", AUDIT_ENTITY, recommitment.getId(),
                                "daysLeft=" + daysLeft);
                    });
        }
        return lapsed;
    }

    private static void requireProgramManager(SignedInUser user) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins run recommitment");
        }
    }
}
