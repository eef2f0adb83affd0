package org.peerproof.domain.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a signed email link may do; each has one {@link ActionLinkHandler}. The code is what the token carries
 * and what the confirm page's texts are keyed by ({@code email.action.<code>.*}).
 */
public enum ActionPurpose {
    ASK_ACCEPT("ask-accept"),
    ASK_DECLINE("ask-decline"),
    RECOMMITMENT_CONFIRM("recommitment-confirm"),
    RECOMMITMENT_DECLINE("recommitment-decline"),
    UNSUBSCRIBE("unsubscribe");

    private final String code;

    ActionPurpose(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ActionPurpose> ofCode(String code) {
        return Arrays.stream(values()).filter(purpose -> purpose.code.equals(code)).findFirst();
    }
}
