package org.peerproof.domain.notification;

import java.util.List;

/**
 * What confirming a link will do, for the confirm page.
 *
 * @param purpose the action
 * @param args    arguments of its explanation text
 */
public record ActionPreview(ActionPurpose purpose, List<String> args) {
}
