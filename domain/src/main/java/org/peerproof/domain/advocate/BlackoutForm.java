package org.peerproof.domain.advocate;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.peerproof.domain.shared.validation.NearToday;

/** Days not to be asked, both ends included. */
public record BlackoutForm(@NotNull @NearToday LocalDate startDate, @NotNull @NearToday LocalDate endDate) {
}
