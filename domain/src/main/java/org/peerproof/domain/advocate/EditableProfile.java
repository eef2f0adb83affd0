package org.peerproof.domain.advocate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerproof.domain.account.CustomerAccount;
import org.peerproof.domain.shared.BaseEntity;

/**
 * The advocate's own full profile, as the profile form shows it.
 *
 * @param companyUnderReview the company the advocate named themselves, with everything they entered about it, while
 *                           staff have not reviewed it yet; {@code null} otherwise
 * @param timeZoneChosen     {@code false} while the advocate still has the UTC placeholder that sign-up, nomination
 *                           and import give a person who has not chosen a zone
 * @param preferredLanguage  language tag of the portal and emails (e.g. {@code ja}), may be {@code null}
 */
public record EditableProfile(Long id, String name, String email, AdvocateStatus status, String title,
                              Persona persona, Long accountId, String companyName, boolean companyPendingReview,
                              NewCompanyForm companyUnderReview, Set<String> languages, String timeZone,
                              boolean timeZoneChosen, Set<Long> productIds, Set<Long> useCaseIds,
                              List<String> outcomes, String bio, String phone, String tierName,
                              boolean profileComplete, LocalDate lastProfileReviewOn, boolean needsReview,
                              String preferredLanguage) {

    static EditableProfile of(Advocate advocate, boolean needsReview) {
        CustomerAccount account = advocate.getAccount();
        var underReview = account != null && account.isPendingReview();
        return new EditableProfile(advocate.getId(), advocate.getName(), advocate.getEmail(), advocate.getStatus(),
                advocate.getTitle(), advocate.getPersona(), account == null ? null : account.getId(),
                account == null ? null : account.getCompanyName(), underReview,
                underReview ? new NewCompanyForm(account.getCompanyName(), account.getIndustry(),
                        account.getSizeBand(), account.getRegion(), account.getCountryCode()) : null,
                Set.copyOf(advocate.getLanguages()), advocate.getTimeZone().getId(),
                isChosen(advocate.getTimeZone()),
                idsOf(advocate.getProductsUsed()), idsOf(advocate.getUseCases()),
                List.copyOf(advocate.getOutcomes()), advocate.getBio(), advocate.getPhone(),
                advocate.getTier() == null ? null : advocate.getTier().getName(),
                isComplete(advocate), advocate.getLastProfileReviewOn(), needsReview,
                advocate.getPreferredLocale() == null ? null : advocate.getPreferredLocale().toLanguageTag());
    }

    /**
     * The form that saves this profile unchanged: what a profile form starts from. A company under review comes
     * back as the new company it was entered as (saving it again corrects that entry), any other as its id.
     */
    public ProfileForm form() {
        return new ProfileForm(title, persona, companyPendingReview ? null : accountId, companyUnderReview,
                languages, timeZone, productIds, useCaseIds, outcomes, bio, phone);
    }

    static boolean isComplete(Advocate advocate) {
        return ProfileRules.isComplete(advocate.getAccount() != null, advocate.getTitle(), advocate.getPersona(),
                advocate.getTimeZone().getId(), advocate.getLanguages());
    }

    /**
     * Whether a person chose this zone: sign-up, nomination and import store UTC under a bare id ("UTC", "Z")
     * until then, while the profile offers region ids only (Etc/UTC, Europe/London for a person who lives in UTC).
     */
    static boolean isChosen(ZoneId zone) {
        return zone.getId().contains("/") || !zone.normalized().equals(ZoneOffset.UTC);
    }

    private static Set<Long> idsOf(Set<? extends BaseEntity> entities) {
        return entities.stream().map(BaseEntity::getId).collect(Collectors.toUnmodifiableSet());
    }
}
