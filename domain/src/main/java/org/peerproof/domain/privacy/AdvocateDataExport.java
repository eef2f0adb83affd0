package org.peerproof.domain.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.activity.ActivityHistory;
import org.peerproof.domain.advocate.AvailabilityView;
import org.peerproof.domain.advocate.EditableProfile;
import org.peerproof.domain.advocate.PreferencesView;
import org.peerproof.domain.ask.AdvocateAskView;
import org.peerproof.domain.nomination.NominationStatus;
import org.peerproof.domain.recommitment.RecommitmentStatus;
import org.peerproof.domain.reward.AdvocateRewardsView;

/** Everything PeerProof holds about one advocate (rule 10), ready to be written as JSON. */
public record AdvocateDataExport(Instant exportedAt, EditableProfile profile, Membership membership,
                                 PreferencesView preferences, AvailabilityView availability, List<AskRecord> asks,
                                 ActivityHistory activities, List<AdvocateRewardsView.GrantView> benefitGrants,
                                 List<RecommitmentRecord> recommitments, List<CheckInRecord> checkIns,
                                 List<NominationRecord> nominations, List<AuditRecord> auditEvents) {

    public record Membership(LocalDate joinedOn, LocalDate lastRecommittedOn, Locale preferredLocale,
                             boolean emailBounced, String keycloakUserId, String reportedNewEmployer,
                             Instant createdAt) {
    }

    /** An ask with the request context the advocate may see and how the conversation went. */
    public record AskRecord(AdvocateAskView ask, Instant advocateBriefSentAt, Instant thankYouSentAt,
                            Boolean callHappened, String prospectFeedback, Integer prospectScore) {
    }

    public record RecommitmentRecord(RecommitmentStatus status, Instant sentAt, LocalDate dueOn, Instant respondedAt) {
    }

    public record CheckInRecord(LocalDate heldOn, String owner, RelationshipHealth health, String notes,
                                String nextAsks) {
    }

    public record NominationRecord(String nominatedBy, String reason, NominationStatus status, Instant createdAt) {
    }

    public record AuditRecord(Instant occurredAt, String actor, String action, String entityType, String entityId,
                              String details) {
    }
}
