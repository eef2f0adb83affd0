package org.peerproof.domain.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a program manager turns a nomination down; the nominator reads it. */
public record RejectionForm(@NotBlank @Size(max = 2000) String reason) {
}
