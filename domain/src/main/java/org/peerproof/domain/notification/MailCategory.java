package org.peerproof.domain.notification;

import java.util.List;

/**
 * What an email is about, which decides whether the advocate may turn it off. Essential mail (asks and the
 * answers to them, recommitment, invitations, staff notices) always goes out at once; the others honour the
 * advocate's notification settings and carry an unsubscribe link.
 */
public enum MailCategory {
    ASKS(true),
    RECOMMITMENT(true),
    INVITATION(true),
    /** The welcome after signing up and the news that staff approved it. */
    MEMBERSHIP(true),
    STAFF(true),
    THANK_YOU(false),
    REWARDS(false),
    PROFILE_REVIEW(false),
    /** The weekly digest itself: sent when due, never held again. */
    DIGEST(false);

    private final boolean essential;

    MailCategory(boolean essential) {
        this.essential = essential;
    }

    public boolean essential() {
        return essential;
    }

    /** The categories an advocate can switch off in the portal. */
    public static List<MailCategory> optional() {
        return List.of(THANK_YOU, REWARDS, PROFILE_REVIEW);
    }
}
