package org.peerproof.portal;

import static org.peerproof.ui.PlainPage.escape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import org.peerproof.domain.ask.DeclineForm;
import org.peerproof.domain.notification.ActionLinkService;
import org.peerproof.domain.notification.ActionLinks;
import org.peerproof.domain.notification.ActionPreview;
import org.peerproof.domain.notification.InvalidActionLinkException;
import org.peerproof.domain.notification.MailModel;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.ViolationMessages;
import org.peerproof.i18n.SupportedLocales;
import org.peerproof.ui.PlainPage;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where an email's action link lands (rule 5), without signing in. Opening it (GET) only shows what will happen, so
 * a mail scanner that fetches the link changes nothing; the Confirm form (POST to the same address) does it, once,
 * for the advocate and the record the signed link names. A used, expired, altered or outdated link gets a page
 * saying so, and nothing else. A plain server-rendered page, not a Vaadin view: guessed or prefetched links must
 * not each hold a server session (issue 14). The page speaks the language of the advocate the link was sent to.
 */
@Controller
@RequestMapping("/" + ActionLinks.ROUTE + "/{token}")
class ActionLinkPage {

    static final int MAX_REASON = 500;

    private final ActionLinkService actions;
    private final MessageSource messages;

    ActionLinkPage(ActionLinkService actions, MessageSource messages) {
        this.actions = actions;
        this.messages = messages;
    }

    @GetMapping
    ResponseEntity<String> preview(@PathVariable String token, HttpServletRequest request) {
        var locale = languageFor(token, request);
        try {
            return html(previewPage(token, actions.preview(token), locale, null));
        } catch (InvalidActionLinkException invalid) {
            return html(invalidPage(invalid, locale));
        }
    }

    @PostMapping
    ResponseEntity<String> confirm(@PathVariable String token, @RequestParam(required = false) String reason,
                   HttpServletRequest request) {
        return html(confirmed(token, reason, languageFor(token, request)));
    }

    private String confirmed(String token, String reason, Locale locale) {
        ActionPreview preview;
        try {
            preview = actions.preview(token);
        } catch (InvalidActionLinkException invalid) {
            return invalidPage(invalid, locale);
        }
        try {
            var done = actions.confirm(token, new DeclineForm(blankToNull(reason)));
            return page(locale, "action-done", text("email.action." + done.code() + ".title", locale),
                    text("email.action." + done.code() + ".done", locale, preview.args().toArray()));
        } catch (InvalidActionLinkException invalid) {
            return invalidPage(invalid, locale);
        } catch (ConstraintViolationException tooLong) {
            // A reason the rules refuse is shown at the field; the link stays unused.
            var problem = tooLong.getConstraintViolations().stream()
                    .map(violation -> ViolationMessages.of(violation, messages, locale)).findFirst().orElse("");
            return previewPage(token, preview, locale, problem);
        } catch (DomainRuleException refused) {
            return page(locale, "action-refused", text("email.action.invalid.title", locale),
                    text("email.action.refused", locale, messages.getMessage(refused, locale)));
        }
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok().contentType(PlainPage.HTML).body(page);
    }

    private String previewPage(String token, ActionPreview preview, Locale locale, String reasonProblem) {
        var code = preview.purpose().code();
        var form = new StringBuilder();
        if (!preview.facts().isEmpty()) {
            form.append(facts(preview.facts(), locale));
        }
        form.append("<form method=\"post\" action=\"").append(escape(token)).append("\">");
        if (preview.takesReason()) {
            form.append("<label for=\"action-reason\">").append(escape(text("email.action.reason", locale)))
                    .append("</label><textarea id=\"action-reason\" name=\"reason\" maxlength=\"").append(MAX_REASON)
                    .append("\" aria-describedby=\"action-reason-hint\"></textarea><div id=\"action-reason-hint\" class=\"hint\">")
                    .append(escape(text("email.action.reason.hint", locale))).append("</div>");
            if (reasonProblem != null) {
                form.append("<div id=\"action-reason-error\" class=\"error\" role=\"alert\">")
                        .append(escape(reasonProblem)).append("</div>");
            }
        }
        form.append("<button id=\"confirm-action\" type=\"submit\">").append(escape(text("email.action.confirm", locale)))
                .append("</button></form>");
        return PlainPage.titled(locale, title(locale))
                .heading(text("email.action." + code + ".title", locale))
                .paragraph("action-explain", text("email.action." + code + ".explain", locale, preview.args().toArray()))
                .markup(form.toString())
                .html();
    }

    private String facts(List<MailModel.Fact> facts, Locale locale) {
        var list = new StringBuilder("<dl id=\"action-facts\">");
        for (var fact : facts) {
            list.append("<dt>").append(escape(text(fact.labelKey(), locale))).append("</dt><dd>")
                    .append(escape(fact.valueIsKey() ? text(fact.value(), locale) : fact.value())).append("</dd>");
        }
        return list.append("</dl>").toString();
    }

    private String invalidPage(InvalidActionLinkException invalid, Locale locale) {
        return page(locale, "action-invalid", text("email.action.invalid.title", locale),
                text("email.action.invalid." + invalid.reason().name(), locale));
    }

    private String page(Locale locale, String id, String heading, String message) {
        return PlainPage.titled(locale, title(locale)).heading(heading).paragraph(id, message)
                .link("/" + PortalRoutes.HOME, text("email.action.toPortal", locale)).html();
    }

    private String title(Locale locale) {
        return text("email.action.page.title", locale) + " | " + text("app.name", locale);
    }

    /** The advocate's language for a link this application signed, else the browser's best match. */
    private Locale languageFor(String token, HttpServletRequest request) {
        return actions.languageOf(token).orElseGet(() -> SupportedLocales.bestMatch(request.getLocale()));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
