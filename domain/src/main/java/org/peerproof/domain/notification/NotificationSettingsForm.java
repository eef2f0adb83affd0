package org.peerproof.domain.notification;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import jakarta.validation.constraints.Size;

/**
 * The advocate's notification choices.
 *
 * @param delivery   immediate or a weekly digest of non-essential mail
 * @param categories the non-essential categories the advocate wants (the others are muted)
 */
public record NotificationSettingsForm(@NotNull MailDelivery delivery, @NotNull @Size(max = 100) Set<@NotNull MailCategory> categories) {
}
