package org.peerproof.domain.advocate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.activity.Activity;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskStatus;

/** One advocate as staff see them from the directory: profile, consents, recent asks and activities. */
public record AdvocateDetail(Long id, String name, String title, Persona persona, String email, String phone,
                             String company, String tierName, AdvocateStatus status, String timeZone,
                             List<String> languages, String bio, List<String> useCases, List<String> products,
                             List<String> outcomes, LocalDate joinedOn, LocalDate lastProfileReviewOn,
                             LocalDate pausedUntil, List<Consent> consents, List<RecentAsk> recentAsks,
                             List<RecentActivity> recentActivities) {

    public record Consent(ActivityTypeCode activityType, boolean willing, int maxAsksPerQuarter,
                          ContactChannel preferredChannel) {
    }

    public record RecentAsk(Instant askedAt, AskStatus status, String prospectCompany, ActivityTypeCode activityType) {
    }

    public record RecentActivity(LocalDate occurredOn, ActivityTypeCode type, int effortWeight) {
    }

    static AdvocateDetail of(Advocate advocate, List<Ask> recentAsks, List<Activity> recentActivities) {
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
                        .toList());
    }
}
