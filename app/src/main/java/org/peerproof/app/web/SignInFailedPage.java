package org.peerproof.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.peerproof.app.api.ApiProblemResponses;
import org.peerproof.i18n.SupportedLocales;
import org.peerproof.ui.PlainPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a sign-in that Keycloak could not complete lands (Keycloak unreachable from the server, a token or key
 * request failing, a callback that belongs to no sign-in): a translated sentence and a way to try again, instead of
 * Spring Security's default {@code /login?error}, which no page of this application answers.
 */
@Controller
public class SignInFailedPage {

    public static final String PATH = "/sign-in-failed";

    private final MessageSource messages;

    SignInFailedPage(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> show(HttpServletRequest request) {
        var locale = SupportedLocales.bestMatch(request.getLocale());
        var title = messages.getMessage("web.signInFailed.title", null, locale);
        var page = PlainPage.titled(locale, title + " | " + messages.getMessage("app.name", null, locale))
                .heading(title)
                .paragraph("sign-in-failed", messages.getMessage("web.signInFailed.body", null, locale))
                .link("/", messages.getMessage("web.signInFailed.retry", null, locale));
        // 503, not 200: the sign-in did not happen, and monitors watching the callback should see it.
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER,
                        String.valueOf(ApiProblemResponses.IDENTITY_PROVIDER_RETRY_AFTER.toSeconds()))
                .contentType(PlainPage.HTML).body(page.html());
    }
}
