package org.peerproof.domain.advocate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.shared.BaseEntity;

/**
 * The advocate's own full profile, as the profile form shows it.
 *
 * @param preferredLanguage language tag of the portal and emails (e.g. {@code ja}), may be {@code null}
 */
public record EditableProfile(Long id, String name, String email, AdvocateStatus status, String title,
                              Persona persona, Long accountId, String companyName, boolean companyPendingReview,
                              Set<String> languages, String timeZone, Set<Long> productIds, Set<Long> useCaseIds,
                              List<String> outcomes, String bio, String phone, String tierName,
                              boolean profileComplete, LocalDate lastProfileReviewOn, boolean needsReview,
                              String preferredLanguage) {

    static EditableProfile of(Advocate advocate, boolean needsReview) {
        CustomerAccount account = advocate.getAccount();
        return new EditableProfile(advocate.getId(), advocate.getName(), advocate.getEmail(), advocate.getStatus(),
                advocate.getTitle(), advocate.getPersona(), account == null ? null : account.getId(),
                account == null ? null : account.getCompanyName(), account != null && account.isPendingReview(),
                Set.copyOf(advocate.getLanguages()), advocate.getTimeZone().getId(),
                idsOf(advocate.getProductsUsed()), idsOf(advocate.getUseCases()),
                List.copyOf(advocate.getOutcomes()), advocate.getBio(), advocate.getPhone(),
                advocate.getTier() == null ? null : advocate.getTier().getName(),
                isComplete(advocate), advocate.getLastProfileReviewOn(), needsReview,
                advocate.getPreferredLocale() == null ? null : advocate.getPreferredLocale().toLanguageTag());
    }

    static boolean isComplete(Advocate advocate) {
        return ProfileRules.isComplete(advocate.getAccount() != null, advocate.getTitle(), advocate.getPersona(),
                advocate.getTimeZone().getId(), advocate.getLanguages());
    }

    private static Set<Long> idsOf(Set<? extends BaseEntity> entities) {
        return entities.stream().map(BaseEntity::getId).collect(Collectors.toUnmodifiableSet());
    }
}
