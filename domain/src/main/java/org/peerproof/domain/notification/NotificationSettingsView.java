package org.peerproof.domain.notification;

import java.util.List;
import java.util.Set;

/**
 * What the advocate chose, and what could be chosen.
 *
 * @param delivery   immediate or weekly digest
 * @param categories the optional categories switched on
 * @param optional   every category that can be switched off
 */
public record NotificationSettingsView(MailDelivery delivery, Set<MailCategory> categories, List<MailCategory> optional) {

    static NotificationSettingsView of(NotificationSettings settings) {
        var on = MailCategory.optional().stream().filter(settings::wants).collect(java.util.stream.Collectors.toSet());
        return new NotificationSettingsView(settings.getDelivery(), on, MailCategory.optional());
    }
}
