package org.peerproof.domain.nomination;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peerproof.domain.advocate.Persona;

/**
 * A staff member's suggestion that a customer contact join the program.
 *
 * @param persona            may be {@code null} when the nominator does not know
 * @param notADuplicate      the nominator confirmed that someone of the same name at the account is another person
 */
public record NominationForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) String title,
        Persona persona,
        @NotNull Long accountId,
        @NotBlank @Size(max = 2000) String reason,
        boolean notADuplicate) {
}
