package org.peerproof.domain.ask;

/** What the advocate does next about one ask; its text is {@code enum.AskNextStep.<NAME>}. */
public enum AskNextStep {
    /** Open: accept or decline before it expires. */
    ANSWER,
    /** Accepted, no time yet: the staff contact gets in touch to agree on one. */
    AGREE_ON_A_TIME,
    /** Accepted with an agreed time: take the call then, with the brief from the mail. */
    TAKE_THE_CALL,
    /** Nothing to do any more. */
    NONE;

    static AskNextStep of(AskStatus status, boolean scheduled) {
        return switch (status) {
            case PENDING -> ANSWER;
            case ACCEPTED -> scheduled ? TAKE_THE_CALL : AGREE_ON_A_TIME;
            default -> NONE;
        };
    }
}
