package org.peerproof.domain.advocate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * What an advocate edits about themselves. Every field may be empty so onboarding can be saved and continued
 * later; an empty field clears the stored value, except the time zone, which every advocate keeps.
 *
 * @param accountId  an existing (reviewed) customer account, or
 * @param newCompany a company that is not in the list yet; not both
 * @param languages  ISO 639-1 codes such as "en"
 * @param timeZone   IANA id such as "Europe/Berlin"; empty keeps the current one
 */
public record ProfileForm(
        @Size(max = 200) String title,
        Persona persona,
        Long accountId,
        @Valid NewCompanyForm newCompany,
        Set<@NotNull @Pattern(regexp = "[a-z]{2,3}") String> languages,
        @Size(max = 64) String timeZone,
        Set<@NotNull Long> productIds,
        Set<@NotNull Long> useCaseIds,
        @Size(max = 10) List<@NotBlank @Size(max = 500) String> outcomes,
        @Size(max = 2000) String bio,
        @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]*") String phone) {

    public Set<String> languagesOrEmpty() {
        return languages == null ? Set.of() : languages;
    }

    public Set<Long> productIdsOrEmpty() {
        return productIds == null ? Set.of() : productIds;
    }

    public Set<Long> useCaseIdsOrEmpty() {
        return useCaseIds == null ? Set.of() : useCaseIds;
    }

    public List<String> outcomesOrEmpty() {
        return outcomes == null ? List.of() : outcomes;
    }
}
