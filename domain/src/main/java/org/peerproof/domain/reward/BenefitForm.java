package org.peerproof.domain.reward;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.SingleLineText;
import org.peerproof.domain.shared.validation.MultiLineText;

/**
 * A catalog entry as staff create or edit it; {@code id} and {@code version} are empty for a new one. A value band
 * (the most one grant may be worth) applies to gifts and passes; there is deliberately no per-call or cash kind.
 */
public record BenefitForm(
        Long id,
        Long version,
        @NotNull BenefitKind kind,
        @NotBlank @SingleLineText @Size(max = 200) String name,
        @MultiLineText @Size(max = 1000) String description,
        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal maxValue,
        boolean active) {
    public BenefitForm {
        name = Text.nfc(name);
        description = Text.nfc(description);
    }
}
