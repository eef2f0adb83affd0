package org.peerproof.domain.advocate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.audit.AuditEvent;
import org.peerproof.domain.checkin.CheckIn;
import org.peerproof.domain.reward.BenefitGrant;
import org.peerproof.domain.reward.GrantStatus;

/** One advocate as staff see them from the directory: profile, consents, recent asks and activities. */
public record AdvocateDetail(Long id, String name, String title, Persona persona, String email, String phone,
                             String company, String tierName, AdvocateStatus status, String timeZone,
                             List<String> languages, String bio, List<String> useCases, List<String> products,
                             List<String> outcomes, LocalDate joinedOn, LocalDate lastProfileReviewOn,
                             LocalDate pausedUntil, List<Consent> consents, List<RecentAsk> recentAsks,
                             List<RecentActivity> recentActivities, List<Grant> grants, List<CheckInNote> checkIns,
                             List<AuditLine> auditTrail) {

    public record Consent(ActivityTypeCode activityType, boolean willing, int maxAsksPerQuarter,
                          ContactChannel preferredChannel) {
    }

    public record RecentAsk(Instant askedAt, AskStatus status, String prospectCompany, ActivityTypeCode activityType) {
    }

    public record RecentActivity(LocalDate occurredOn, ActivityTypeCode type, int effortWeight) {
    }

    /** A benefit granted to the advocate and who approved it. */
    public record Grant(Instant offeredAt, String benefit, GrantStatus status, BigDecimal value, String approvedBy) {
    }

    public record CheckInNote(LocalDate heldOn, RelationshipHealth health, String owner, String notes) {
    }

    /** Who changed the advocate's record, and how (the audit trail of the advocate itself). */
    public record AuditLine(Instant occurredAt, String actor, String action) {
    }

    static AdvocateDetail of(Advocate advocate, List<Ask> recentAsks, List<Activity> recentActivities,
                             List<BenefitGrant> grants, List<CheckIn> checkIns, List<AuditEvent> auditTrail) {
        var account = advocate.getAccount();
        var tier = advocate.getTier();
        return new AdvocateDetail(advocate.getId(), advocate.getName(), advocate.getTitle(), advocate.getPersona(),
                advocate.getEmail(), advocate.getPhone(), account == null ? "" : account.getCompanyName(),
                tier == null ? null : tier.getName(), advocate.getStatus(), advocate.getTimeZone().getId(),
                advocate.getLanguages().stream().sorted().toList(), advocate.getBio(),
                advocate.getUseCases().stream().map(UseCase::getName).sorted().toList(),
                advocate.getProductsUsed().stream().map(Product::getName).sorted().toList(),
                List.copyOf(advocate.getOutcomes()), advocate.getJoinedOn(), advocate.getLastProfileReviewOn(),
                advocate.getPausedUntil(),
                advocate.getConsents().stream()
                        .sorted(Comparator.comparing(ActivityConsent::getActivityType))
                        .map(consent -> new Consent(consent.getActivityType(), consent.isWilling(),
                                consent.getMaxAsksPerQuarter(), consent.getPreferredChannel()))
                        .toList(),
                recentAsks.stream()
                        .map(ask -> new RecentAsk(ask.getAskedAt(), ask.getStatus(),
                                ask.getRequest().getProspectCompany(), ask.getRequest().getActivityType()))
                        .toList(),
                recentActivities.stream()
                        .map(activity -> new RecentActivity(activity.getOccurredOn(), activity.getType(),
                                activity.getEffortWeight()))
                        .toList(),
                grants.stream()
                        .map(grant -> new Grant(grant.getOfferedAt(), grant.getBenefit().getName(), grant.getStatus(),
                                grant.getValue(), grant.getApprovedBy()))
                        .toList(),
                checkIns.stream()
                        .map(checkIn -> new CheckInNote(checkIn.getHeldOn(), checkIn.getHealth(), checkIn.getOwner(),
                                checkIn.getNotes()))
                        .toList(),
                auditTrail.stream()
                        .map(event -> new AuditLine(event.getOccurredAt(), event.getActor(), event.getAction()))
                        .toList());
    }
}
