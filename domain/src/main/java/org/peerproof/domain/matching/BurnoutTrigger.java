package org.peerproof.domain.matching;

/** Which part of Rule 2 flagged an advocate; see {@link BurnoutAssessment#messageArguments(BurnoutTrigger)}. */
public enum BurnoutTrigger {
    /** More asks in the rolling quarter than {@code burnoutAskThreshold}. */
    TOO_MANY_ASKS("burnout.trigger.tooManyAsks"),
    /** At least {@code burnoutDeclineStreak} declines in a row. */
    DECLINE_STREAK("burnout.trigger.declineStreak");

    private final String messageKey;

    BurnoutTrigger(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Bundle key explaining the trigger. */
    public String messageKey() {
        return messageKey;
    }
}
