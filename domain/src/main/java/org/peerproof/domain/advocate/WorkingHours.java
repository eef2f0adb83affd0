package org.peerproof.domain.advocate;

import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import java.util.Objects;

/** The part of the day, in the advocate's own time zone, when they can be scheduled. */
@Embeddable
public record WorkingHours(LocalTime start, LocalTime end) {

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours must start before they end: " + start + "-" + end);
        }
    }
}
