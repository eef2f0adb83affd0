package org.peerproof.domain.shared;

/** The request was fine but the record's current state does not allow it (e.g. an ask that is no longer open). */
public class DomainConflictException extends DomainRuleException {

    public DomainConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
