package org.peerproof.domain.ask;

import java.util.Locale;
import org.peerproof.domain.shared.DomainConflictException;

/** The ask was already answered, withdrawn or has expired, so it cannot be answered (again). */
public class AskNoLongerOpenException extends DomainConflictException {

    /** @param status where the ask stands, EXPIRED also for a pending ask past its expiry time */
    public AskNoLongerOpenException(AskStatus status) {
        super("ask.noLongerOpen." + status.name().toLowerCase(Locale.ROOT));
    }
}
