package org.peerproof.domain.worklist;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.SignUpReview;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.checkin.CheckInStatus;
import org.peerproof.domain.checkin.CheckIns;
import org.peerproof.domain.notification.OutboxAdministration;
import org.peerproof.domain.notification.OutboxStatus;
import org.peerproof.domain.recommitment.RecommitmentRepository;
import org.peerproof.domain.request.ReferenceRequest;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.request.VisibleRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day's work of the signed-in staff member, for the staff home: each kind of work they may act on, with how much
 * there is and the most urgent first. Sales see the requests they filed; customer success managers the check-ins
 * at the accounts they own; program managers and admins everything. Each kind follows the visibility rules of the
 * service that does the work, so the home never lists what its page would refuse.
 */
@Service
public class StaffWorklist {

    /** How many rows each kind shows. */
    public static final int FIRST_ROWS = 5;
    /** Requests needed within this time are due. */
    static final Duration REQUESTS_DUE_WITHIN = Duration.ofHours(48);
    /** Pending asks whose answer window closes within this time are expiring. */
    static final Duration ASKS_EXPIRING_WITHIN = Duration.ofHours(24);
    /** Unanswered recommitments due within this many days need a nudge. */
    static final int RECOMMITMENTS_DUE_WITHIN_DAYS = 7;

    private static final EnumSet<RequestStatus> OPEN_REQUESTS =
            EnumSet.of(RequestStatus.NEW, RequestStatus.MATCHING, RequestStatus.ASKED);
    private static final EnumSet<OutboxStatus> FAILED_MAIL = EnumSet.of(OutboxStatus.FAILED, OutboxStatus.UNCERTAIN);

    private final EntityManager entityManager;
    private final SignUpReview signUps;
    private final CheckIns checkIns;
    private final RecommitmentRepository recommitments;
    private final OutboxAdministration outbox;
    private final Clock clock;

    public StaffWorklist(EntityManager entityManager, SignUpReview signUps, CheckIns checkIns,
                         RecommitmentRepository recommitments, OutboxAdministration outbox, Clock clock) {
        this.entityManager = entityManager;
        this.signUps = signUps;
        this.checkIns = checkIns;
        this.recommitments = recommitments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The kinds of work this user may act on, in {@link WorkKind} order; empty for someone who is not staff. */
    @Transactional(readOnly = true)
    public List<WorkItem> today(SignedInUser user) {
        var now = clock.instant();
        var items = new ArrayList<WorkItem>();
        boolean program = user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN);
        if (program || user.hasRole(Roles.SALES) && user.email() != null) {
            items.add(WorkItem.of(WorkKind.REQUESTS_DUE, requestsDue(user, now)));
        }
        if (program) {
            items.add(WorkItem.of(WorkKind.ASKS_EXPIRING, asksExpiring(now)));
            items.add(WorkItem.of(WorkKind.SIGN_UPS_TO_REVIEW, signUps.pending(user).stream()
                    .map(signUp -> new WorkRow(signUp.advocateId(), signUp.name(), signUp.company(), null, null,
                            signUp.signedUpAt()))
                    .toList()));
        }
        if (program || user.hasRole(Roles.CSM) && user.email() != null) {
            items.add(WorkItem.of(WorkKind.CHECK_INS_OVERDUE, checkIns.dueList(user).stream()
                    .filter(due -> due.status() == CheckInStatus.OVERDUE)
                    .map(due -> new WorkRow(due.advocateId(), due.advocateName(), due.company(), null,
                            due.lastHeldOn(), null))
                    .toList()));
        }
        if (program) {
            items.add(WorkItem.of(WorkKind.RECOMMITMENTS_DUE, recommitmentsDue()));
            items.add(WorkItem.of(WorkKind.OUTBOX_FAILURES, outbox.list(user, FAILED_MAIL).stream()
                    .map(mail -> new WorkRow(mail.id(), mail.recipient(), "", mail.template(), null, mail.createdAt()))
                    .toList()));
        }
        return items;
    }

    /**
     * Open requests needed by the UTC day 48 hours from now (the calendar requests are filed in), overdue ones
     * included; a sales rep's own only, as {@link VisibleRequests} scopes them.
     */
    private List<WorkRow> requestsDue(SignedInUser user, Instant now) {
        var owner = VisibleRequests.seesAll(user) ? null : user.email().toLowerCase(Locale.ROOT);
        return entityManager.createQuery("""
                        select r from ReferenceRequest r
                        where r.status in :open and r.neededBy <= :dueBy
                          and (:owner is null or lower(r.requestedBy) = :owner)
                        order by r.neededBy, r.id""", ReferenceRequest.class)
                .setParameter("open", OPEN_REQUESTS)
                .setParameter("dueBy", LocalDate.ofInstant(now.plus(REQUESTS_DUE_WITHIN), ZoneOffset.UTC))
                .setParameter("owner", owner)
                .getResultList().stream()
                .map(request -> new WorkRow(request.getId(), request.getProspectCompany(), request.getOpportunityId(),
                        request.getActivityType(), request.getNeededBy(), null))
                .toList();
    }

    /** Pending asks that expire within a day, soonest first, listed under the request they belong to. */
    private List<WorkRow> asksExpiring(Instant now) {
        return entityManager.createQuery("""
                        select k from Ask k join fetch k.advocate join fetch k.request
                        where k.status = :pending and k.expiresAt > :now and k.expiresAt <= :soon
                        order by k.expiresAt, k.id""", Ask.class)
                .setParameter("pending", AskStatus.PENDING)
                .setParameter("now", now)
                .setParameter("soon", now.plus(ASKS_EXPIRING_WITHIN))
                .getResultList().stream()
                .map(ask -> new WorkRow(ask.getRequest().getId(), ask.getAdvocate().getName(),
                        ask.getRequest().getProspectCompany(), null, null, ask.getExpiresAt()))
                .toList();
    }

    /**
     * Unanswered recommitments due within a week of the advocate's own today, soonest first; the query reaches a day
     * further, for advocates east of the program clock's zone.
     */
    private List<WorkRow> recommitmentsDue() {
        var horizon = LocalDate.now(clock).plusDays(RECOMMITMENTS_DUE_WITHIN_DAYS + 1L);
        return recommitments.findOpenDueBy(horizon).stream()
                .filter(recommitment -> !recommitment.getDueOn()
                        .isAfter(recommitment.getAdvocate().today(clock).plusDays(RECOMMITMENTS_DUE_WITHIN_DAYS)))
                .map(recommitment -> new WorkRow(recommitment.getId(), recommitment.getAdvocate().getName(),
                        recommitment.getAdvocate().getTier() == null ? "" : recommitment.getAdvocate().getTier().getName(),
                        null, recommitment.getDueOn(), null))
                .toList();
    }
}
