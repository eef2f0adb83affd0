package org.peerproof.domain.ask;

import org.peerproof.domain.matching.IneligibilityReason;
import org.peerproof.domain.shared.DomainConflictException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Accepting would break rule 1, e.g. the last slot of the quarter went to another ask a moment earlier. */
public class AskNotEligibleException extends DomainConflictException {

    /** The first failed clause becomes the message's argument, translated with it. */
    public AskNotEligibleException(IneligibilityReason reason) {
        super("ask.accept.notEligible", new DefaultMessageSourceResolvable(new String[] {reason.messageKey()},
                reason.messageArguments().toArray()));
    }
}
