package org.peerproof.domain.notification;

/**
 * Every email PeerProof sends. Its texts are the keys {@code email.<NAME>.subject}, {@code email.<NAME>.body} (both
 * with the message's arguments) in {@code email.properties}; the layout is templates/mail/notification.html and .txt.
 */
public enum MailTemplate {
    ASK_NEW(MailCategory.ASKS),
    ASK_REMINDER(MailCategory.ASKS),
    ASK_EXPIRED(MailCategory.ASKS),
    ASK_WITHDRAWN(MailCategory.ASKS),
    ASK_ACCEPTED(MailCategory.ASKS),
    ASK_DECLINED(MailCategory.ASKS),
    THANK_YOU(MailCategory.THANK_YOU),
    RECOMMITMENT_INVITATION(MailCategory.RECOMMITMENT),
    RECOMMITMENT_REMINDER(MailCategory.RECOMMITMENT),
    PROFILE_REVIEW(MailCategory.PROFILE_REVIEW),
    NOMINATION_INVITATION(MailCategory.INVITATION),
    BENEFIT_GRANTED(MailCategory.REWARDS),
    WELCOME(MailCategory.MEMBERSHIP),
    SIGN_UP_APPROVED(MailCategory.MEMBERSHIP),
    STAFF_ASK_ANSWERED(MailCategory.STAFF),
    STAFF_REQUEST_UNFULFILLED(MailCategory.STAFF),
    DIGEST(MailCategory.DIGEST);

    private final MailCategory category;

    MailTemplate(MailCategory category) {
        this.category = category;
    }

    public MailCategory category() {
        return category;
    }

    public String subjectKey() {
        return "email." + name() + ".subject";
    }

    public String bodyKey() {
        return "email." + name() + ".body";
    }
}
