package org.peerproof.domain.ask;

import org.peerproof.domain.matching.IneligibilityReason;
import org.peerproof.domain.shared.DomainConflictException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Staff tried to ask an advocate whom rule 1 protects right now; the first failed clause says why. */
public class AdvocateNotAskableException extends DomainConflictException {

    public AdvocateNotAskableException(String advocateName, IneligibilityReason reason) {
        super("ask.dispatch.notEligible", advocateName, new DefaultMessageSourceResolvable(
                new String[] {reason.messageKey()}, reason.messageArguments().toArray()));
    }
}
