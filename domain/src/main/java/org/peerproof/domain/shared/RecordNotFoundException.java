package org.peerproof.domain.shared;

/** No such record for this user: a missing record and someone else's look the same on purpose. */
public class RecordNotFoundException extends DomainRuleException {

    public RecordNotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
