package org.peerproof.domain.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.i18n.SupportedLocales;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes emails into the outbox inside the caller's transaction (MANDATORY: a mail without the change that causes
 * it, or the other way round, is exactly what the outbox exists to prevent). {@link OutboxSender} delivers them.
 */
@Component
public class Outbox {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final OutboxMessageRepository messages;
    private final ActionLinks links;
    private final Clock clock;

    public Outbox(OutboxMessageRepository messages, ActionLinks links, Clock clock) {
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    /** A mail to an advocate, in their language; optional mail gets the signed unsubscribe link. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMessage toAdvocate(Advocate advocate, MailTemplate template, MailModel model) {
        var withFooter = template.category().essential() ? model
                : model.withUnsubscribeUrl(links.issue(ActionPurpose.UNSUBSCRIBE, advocate.getId(), advocate.getId()));
        return write(advocate.getEmail(), localeOf(advocate), template, advocate.getId(), withFooter);
    }

    /** A mail to someone who is not (yet) an advocate with settings: staff, a nominee. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMessage toPerson(String email, Locale locale, MailTemplate template, MailModel model) {
        return write(email, SupportedLocales.bestMatch(locale), template, null, model);
    }

    private OutboxMessage write(String recipient, Locale locale, MailTemplate template, Long advocateId,
                                MailModel model) {
        return messages.save(new OutboxMessage(recipient, template.name(), template.category(), advocateId, locale,
                JSON.writeValueAsString(model), Instant.now(clock)));
    }

    /** The advocate's preferred language when PeerProof ships it, else English. */
    public static Locale localeOf(Advocate advocate) {
        return SupportedLocales.bestMatch(advocate.getPreferredLocale());
    }

    static MailModel modelOf(OutboxMessage message) {
        return JSON.readValue(message.getPayload(), MailModel.class);
    }
}
