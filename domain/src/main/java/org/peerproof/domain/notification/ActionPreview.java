package org.peerproof.domain.notification;

import java.util.List;

/**
 * What confirming a link will do, for the confirm page.
 *
 * @param purpose     the action
 * @param args        arguments of its explanation text
 * @param facts       what the page shows about the record (label keys; values translated where marked)
 * @param takesReason whether the page offers an optional reason (declining an ask)
 */
public record ActionPreview(ActionPurpose purpose, List<String> args, List<MailModel.Fact> facts, boolean takesReason) {

    public ActionPreview {
        args = List.copyOf(args);
        facts = List.copyOf(facts);
    }
}
