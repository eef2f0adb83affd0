package org.peerproof.domain.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.MultiLineText;

/** Why a program manager turns a nomination down; the nominator reads it. */
public record RejectionForm(@NotBlank @MultiLineText @Size(max = 2000) String reason) {
    public RejectionForm {
        reason = Text.nfc(reason);
    }
}
