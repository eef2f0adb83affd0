package org.peerproof.domain.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.activity.AdvocateActivities;
import org.peerproof.domain.advocate.AdvocateAvailability;
import org.peerproof.domain.advocate.AdvocatePreferences;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.ask.AdvocateAskView;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.audit.AuditEvent;
import org.peerproof.domain.audit.AuditEventRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.checkin.CheckInRepository;
import org.peerproof.domain.nomination.NominationRepository;
import org.peerproof.domain.recommitment.RecommitmentRepository;
import org.peerproof.domain.reward.AdvocateRewards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rule 10: the signed-in advocate's copy of everything held about them. */
@Service
public class AdvocateDataExports {

    static final String EXPORTED = "advocate.data-exported";

    private final AdvocateSignUpService signUp;
    private final AdvocateProfiles profiles;
    private final AdvocatePreferences preferences;
    private final AdvocateAvailability availability;
    private final AdvocateActivities activities;
    private final AdvocateRewards rewards;
    private final AskRepository asks;
    private final RecommitmentRepository recommitments;
    private final CheckInRepository checkIns;
    private final NominationRepository nominations;
    private final AuditEventRepository auditEvents;
    private final AuditTrail audit;
    private final Clock clock;

    public AdvocateDataExports(AdvocateSignUpService signUp, AdvocateProfiles profiles,
                               AdvocatePreferences preferences, AdvocateAvailability availability,
                               AdvocateActivities activities, AdvocateRewards rewards, AskRepository asks,
                               RecommitmentRepository recommitments, CheckInRepository checkIns,
                               NominationRepository nominations, AuditEventRepository auditEvents,
                               AuditTrail audit, Clock clock) {
        this.signUp = signUp;
        this.profiles = profiles;
        this.preferences = preferences;
        this.availability = availability;
        this.activities = activities;
        this.rewards = rewards;
        this.asks = asks;
        this.recommitments = recommitments;
        this.checkIns = checkIns;
        this.nominations = nominations;
        this.auditEvents = auditEvents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Audited like a change: handing out a full copy of personal data is worth a trace. */
    @Transactional
    public AdvocateDataExport export(SignedInUser user) {
        var advocate = signUp.advocateFor(user);
        var id = advocate.getId();
        var askList = asks.findByAdvocateIdOrderByAskedAtDesc(id);
        // Read before recording this export, so the copy shows the history up to the moment it was asked for.
        var events = Stream.concat(
                        auditEvents.findByEntityTypeAndEntityIdOrderByOccurredAtDesc(AdvocateSignUpService.AUDIT_ENTITY,
                                        String.valueOf(id))
                                .stream(),
                        auditEvents.findByEntityTypeAndEntityIdInOrderByOccurredAtDesc(AskResponses.AUDIT_ENTITY,
                                askList.stream().map(ask -> String.valueOf(ask.getId())).toList()).stream())
                .sorted(Comparator.comparing(AuditEvent::getOccurredAt).reversed())
                .map(event -> new AdvocateDataExport.AuditRecord(event.getOccurredAt(), event.getActor(),
                        event.getAction(), event.getEntityType(), event.getEntityId(), event.getDetails()))
                .toList();
        var export = new AdvocateDataExport(Instant.now(clock), profiles.editable(user),
                new AdvocateDataExport.Membership(advocate.getJoinedOn(), advocate.getLastRecommittedOn(),
                        advocate.getPreferredLocale(), advocate.isEmailBounced(), advocate.getKeycloakUserId(),
                        advocate.getReportedNewEmployer(), advocate.getCreatedAt()),
                preferences.mine(user), availability.mine(user),
                askList.stream().map(ask -> new AdvocateDataExport.AskRecord(AdvocateAskView.of(ask),
                        ask.getAdvocateBriefSentAt(), ask.getThankYouSentAt(), ask.getCallHappened(),
                        ask.getProspectFeedback(), ask.getProspectScore())).toList(),
                activities.history(user), rewards.mine(user).grants(),
                recommitments.findByAdvocateIdOrderBySentAtDesc(id).stream()
                        .map(r -> new AdvocateDataExport.RecommitmentRecord(r.getStatus(), r.getSentAt(),
                                r.getDueOn(), r.getRespondedAt())).toList(),
                checkIns.findByAdvocateIdOrderByHeldOnDesc(id).stream()
                        .map(c -> new AdvocateDataExport.CheckInRecord(c.getHeldOn(), c.getOwner(), c.getHealth(),
                                c.getNotes(), c.getNextAsks())).toList(),
                nominations.findByNomineeIdOrderByCreatedAtDesc(id).stream()
                        .map(n -> new AdvocateDataExport.NominationRecord(n.getNominatedBy(), n.getReason(),
                                n.getStatus(), n.getCreatedAt())).toList(),
                events);
        audit.record(user.email(), EXPORTED, AdvocateSignUpService.AUDIT_ENTITY, id, null);
        return export;
    }
}
