package org.peerproof.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.peerproof.i18n.MessagesConfiguration;
import org.springframework.context.NoSuchMessageException;

/** Every mail, confirm page and notification setting has its texts in the bundle; backoff grows and is capped. */
class MailTextsTest {

    @Test
    void everyTemplatePurposeReasonAndSettingHasItsTexts() {
        var keys = new ArrayList<String>();
        for (var template : MailTemplate.values()) {
            keys.addAll(List.of(template.subjectKey(), template.bodyKey(), "enum.MailTemplate." + template.name()));
        }
        for (var purpose : ActionPurpose.values()) {
            for (var part : List.of("title", "explain", "done")) {
                keys.add("email.action." + purpose.code() + "." + part);
            }
        }
        for (var reason : InvalidActionLinkException.Reason.values()) {
            keys.add("email.action.invalid." + reason.name());
        }
        for (var category : MailCategory.values()) {
            keys.add("enum.MailCategory." + category.name());
        }
        for (var delivery : MailDelivery.values()) {
            keys.add("enum.MailDelivery." + delivery.name());
        }
        for (var status : OutboxStatus.values()) {
            keys.add("enum.OutboxStatus." + status.name());
        }
        var messages = MessagesConfiguration.createMessageSource();
        var missing = new TreeSet<String>();
        for (var key : keys) {
            try {
                assertThat(messages.getMessage(key, new Object[] {"x", "y", "z"}, Locale.ENGLISH)).isNotBlank();
            } catch (NoSuchMessageException e) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void retriesBackOffExponentiallyUpToTheCap() {
        var properties = new MailProperties("http://localhost:8080", "x".repeat(32), "peerproof@localhost", List.of(),
                5, 20, 8, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofMinutes(10));
        assertThat(List.of(1, 2, 3, 4, 10).stream().map(properties::retryDelay).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(30));
        assertThat(properties.url("/portal/asks")).isEqualTo("http://localhost:8080/portal/asks");
    }
}
