package org.peerproof.domain.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Turns an outbox message into subject, plain text and HTML at send time, in the message's locale. The texts
 * come from the message bundles ({@code email.<TEMPLATE>.subject/.body} with the payload's arguments, and the
 * shared {@code email.*} words the templates read with {@code #{...}}); the layouts are
 * {@code templates/mail/notification.html} and {@code .txt}. Rendering at send time keeps the payload small and
 * lets a corrected translation reach mail that is still waiting; the facts themselves were fixed when the change
 * happened.
 */
@Component
public class MailRenderer {

    private static final String LAYOUT = "notification";

    private final MessageSource messages;
    private final SpringTemplateEngine html;
    private final SpringTemplateEngine text;

    public MailRenderer(MessageSource messages) {
        this.messages = messages;
        this.html = engine(messages, TemplateMode.HTML, ".html");
        this.text = engine(messages, TemplateMode.TEXT, ".txt");
    }

    private static SpringTemplateEngine engine(MessageSource messages, TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    public RenderedMail render(OutboxMessage message) {
        return render(MailTemplate.valueOf(message.getTemplate()), Outbox.modelOf(message), message.getLocale());
    }

    public RenderedMail render(MailTemplate template, MailModel model, Locale locale) {
        var subject = subject(template, model, locale);
        var context = new Context(locale, variables(template, model, subject, locale));
        return new RenderedMail(subject, text.process(LAYOUT, context).strip() + "\n", html.process(LAYOUT, context));
    }

    public String subject(OutboxMessage message) {
        return subject(MailTemplate.valueOf(message.getTemplate()), Outbox.modelOf(message), message.getLocale());
    }

    /** One entry of a digest: the subject as title and the body as text. */
    MailModel.DigestItem digestItem(OutboxMessage message) {
        var template = MailTemplate.valueOf(message.getTemplate());
        var model = Outbox.modelOf(message);
        return new MailModel.DigestItem(subject(template, model, message.getLocale()),
                messages.getMessage(template.bodyKey(), model.args().toArray(), message.getLocale()));
    }

    private String subject(MailTemplate template, MailModel model, Locale locale) {
        return messages.getMessage(template.subjectKey(), model.args().toArray(), locale);
    }

    private Map<String, Object> variables(MailTemplate template, MailModel model, String subject, Locale locale) {
        var variables = new HashMap<String, Object>();
        variables.put("subject", subject);
        variables.put("greeting", model.recipientName() == null || model.recipientName().isBlank()
                ? messages.getMessage("email.greeting.team", null, locale)
                : messages.getMessage("email.greeting", new Object[] {model.recipientName()}, locale));
        variables.put("body", messages.getMessage(template.bodyKey(), model.args().toArray(), locale));
        variables.put("facts", model.facts().stream().map(fact -> new ShownFact(
                messages.getMessage(fact.labelKey(), null, locale),
                fact.valueIsKey() ? messages.getMessage(fact.value(), null, locale) : fact.value())).toList());
        variables.put("actions", model.actions().stream().map(action -> new ShownAction(
                messages.getMessage(action.labelKey(), null, locale), action.url())).toList());
        variables.put("items", model.items());
        variables.put("unsubscribeUrl", model.unsubscribeUrl());
        return variables;
    }

    /** A fact with its label (and enum value) translated. */
    public record ShownFact(String label, String value) {
    }

    /** A button with its label translated. */
    public record ShownAction(String label, String url) {
    }

    static List<String> args(Object... values) {
        return java.util.Arrays.stream(values).map(value -> value == null ? "" : String.valueOf(value)).toList();
    }
}
