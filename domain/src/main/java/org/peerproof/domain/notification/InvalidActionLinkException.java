package org.peerproof.domain.notification;

/** A link that must not act: {@link #reason()} says why, for the page the person sees. */
public class InvalidActionLinkException extends RuntimeException {

    /** Why the link does nothing; the confirm page's text is {@code email.action.invalid.<reason>}. */
    public enum Reason {
        /** Not signed by us, altered, or not a link at all. */
        TAMPERED,
        EXPIRED,
        USED,
        /** Valid, but the thing it acts on has moved on (the ask was answered, withdrawn, expired). */
        NO_LONGER_POSSIBLE
    }

    private final Reason reason;

    public InvalidActionLinkException(Reason reason) {
        super("Action link " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
