package org.peerproof.domain.advocate;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** Days on which an advocate must not be asked; both ends inclusive. */
@Embeddable
public record BlackoutPeriod(LocalDate startDate, LocalDate endDate) {

    public BlackoutPeriod {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Blackout ends before it starts: " + startDate + ".." + endDate);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
