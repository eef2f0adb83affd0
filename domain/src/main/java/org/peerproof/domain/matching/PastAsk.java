package org.peerproof.domain.matching;

import java.time.LocalDate;
import java.util.Objects;
import org.peerproof.domain.ask.AskStatus;

/**
 * One ask put to an advocate, as the counting rules need it.
 *
 * @param askedOn the day the ask was put to the advocate
 * @param status  where the ask stands now
 */
public record PastAsk(LocalDate askedOn, AskStatus status) {

    public PastAsk {
        Objects.requireNonNull(askedOn, "askedOn");
        Objects.requireNonNull(status, "status");
    }
}
