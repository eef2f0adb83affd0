package org.peerproof.domain.nomination;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.shared.validation.Text;
import org.peerproof.domain.shared.validation.SingleLineText;
import org.peerproof.domain.shared.validation.MultiLineText;

/**
 * A staff member's suggestion that a customer contact join the program.
 *
 * @param persona            may be {@code null} when the nominator does not know
 * @param notADuplicate      the nominator confirmed that someone of the same name at the account is another person
 */
public record NominationForm(
        @NotBlank @SingleLineText @Size(max = 200) String name,
        @NotBlank @SingleLineText @Email @Size(max = 254) String email,
        @SingleLineText @Size(max = 200) String title,
        Persona persona,
        @NotNull Long accountId,
        @NotBlank @MultiLineText @Size(max = 2000) String reason,
        boolean notADuplicate) {
    public NominationForm {
        name = Text.nfc(name);
        email = Text.nfc(email);
        title = Text.nfc(title);
        reason = Text.nfc(reason);
    }
}
