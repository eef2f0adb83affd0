package org.peerproof.domain.shared;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A business rule said no. Carries a message bundle key and its arguments instead of English text, so the
 * Vaadin views and the API translate it for the reader; arguments may themselves be resolvable messages.
 * Nothing was changed when one of these is thrown (the transaction rolls back).
 */
public class DomainRuleException extends RuntimeException implements MessageSourceResolvable {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainRuleException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return messageKey;
    }
}
