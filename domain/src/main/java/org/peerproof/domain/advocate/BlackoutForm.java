package org.peerproof.domain.advocate;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Days not to be asked, both ends included. */
public record BlackoutForm(@NotNull LocalDate startDate, @NotNull LocalDate endDate) {
}
