package org.peerproof.domain.advocate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.SingleLineText;

/** A company the advocate works for that is not in the account list yet; staff review it before it is used. */
public record NewCompanyForm(
        @NotBlank @SingleLineText @Size(max = 200) String name,
        @NotNull Industry industry,
        @NotNull SizeBand sizeBand,
        @NotNull Region region,
        /* ISO 3166-1 alpha-2, checked against the JDK's list of countries. */
        @SingleLineText @Size(max = 2) @Pattern(regexp = "[A-Z]{2}") String countryCode) {
    public NewCompanyForm {
        name = Text.nfc(name);
        countryCode = Text.nfc(countryCode);
    }
}
