package org.peerproof.domain.advocate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.SingleLineText;

/** The language of the portal and of the advocate's emails, as a language tag such as {@code de} or {@code ja}. */
public record LanguageForm(@NotBlank @SingleLineText @Size(max = 35) String language) {
    public LanguageForm {
        language = Text.nfc(language);
    }
}
