package org.peerproof.domain.advocate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The language of the portal and of the advocate's emails, as a language tag such as {@code de} or {@code ja}. */
public record LanguageForm(@NotBlank @Size(max = 35) String language) {
}
