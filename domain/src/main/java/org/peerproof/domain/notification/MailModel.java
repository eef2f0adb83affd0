package org.peerproof.domain.notification;

import java.util.List;

/**
 * What an email says, stored as the outbox message's JSON payload when the change happens; the texts around it
 * come from the bundles in the recipient's language when it is sent (so a translation fixed in between is used).
 *
 * @param recipientName   for the greeting
 * @param args            arguments of the subject and body messages, already formatted for the recipient
 * @param facts           the context as label/value lines (a request's brief, a benefit, ...)
 * @param actions         buttons: signed action links or plain links
 * @param unsubscribeUrl  signed one-click unsubscribe link; {@code null} for essential mail
 * @param items           the digest's entries; empty for other mail
 */
public record MailModel(String recipientName, List<String> args, List<Fact> facts, List<Action> actions,
                        String unsubscribeUrl, List<DigestItem> items) {

    public MailModel {
        args = List.copyOf(args);
        facts = List.copyOf(facts);
        actions = List.copyOf(actions);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public MailModel(String recipientName, List<String> args, List<Fact> facts, List<Action> actions) {
        this(recipientName, args, facts, actions, null, List.of());
    }

    public MailModel withUnsubscribeUrl(String url) {
        return new MailModel(recipientName, args, facts, actions, url, items);
    }

    /**
     * One line of context.
     *
     * @param labelKey   message key of the label
     * @param value      the value, or a message key when {@code valueIsKey}
     * @param valueIsKey whether {@code value} is a message key (an enum label) to translate at send time
     */
    public record Fact(String labelKey, String value, boolean valueIsKey) {

        public static Fact text(String labelKey, String value) {
            return new Fact(labelKey, value, false);
        }

        public static Fact label(String labelKey, Enum<?> value) {
            return new Fact(labelKey, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), true);
        }
    }

    /** A button; {@code labelKey} is a message key. */
    public record Action(String labelKey, String url) {
    }

    /** One mail folded into a digest, already in the recipient's language. */
    public record DigestItem(String title, String text) {
    }
}
