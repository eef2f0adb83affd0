package org.peerproof.domain.advocate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.SingleLineText;
import org.peerproof.domain.shared.validation.MultiLineText;

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
        @SingleLineText @Size(max = 200) String title,
        Persona persona,
        Long accountId,
        @Valid NewCompanyForm newCompany,
        @Size(max = 50) Set<@NotNull @SingleLineText @Size(max = 8) @Pattern(regexp = "[a-z]{2,3}") String> languages,
        @SingleLineText @Size(max = 64) String timeZone,
        @Size(max = 100) Set<@NotNull Long> productIds,
        @Size(max = 100) Set<@NotNull Long> useCaseIds,
        @Size(max = 10) List<@NotBlank @SingleLineText @Size(max = 500) String> outcomes,
        @MultiLineText @Size(max = 2000) String bio,
        @SingleLineText @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]*") String phone) {
    public ProfileForm {
        title = Text.nfc(title);
        languages = Text.nfc(languages);
        timeZone = Text.nfc(timeZone);
        outcomes = Text.nfc(outcomes);
        bio = Text.nfc(bio);
        phone = Text.nfc(phone);
    }


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
