package org.peerproof.portal.support;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.peerproof.i18n.SupportedLocales;

/**
 * The language a browser chose with the language switch, remembered in a cookie so it also holds before signing
 * in and for staff. A signed-in advocate's profile language comes first; the browser's own language is the
 * fallback Vaadin applies when neither is set.
 */
public final class UiLanguage {

    public static final String COOKIE = "peerproof-language";

    private static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    private UiLanguage() {
    }

    /** The supported language remembered in this request's cookie, if any. */
    public static Optional<Locale> remembered(VaadinRequest request) {
        return remembered(request == null ? null : request.getCookies());
    }

    /** The supported language remembered among these cookies of a request (also one outside Vaadin), if any. */
    public static Optional<Locale> remembered(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> SupportedLocales.fromTag(cookie.getValue()))
                .filter(locale -> locale != null)
                .findFirst();
    }

    /** Uses {@code locale} for every UI of this session and remembers it in the browser. */
    public static void use(Locale locale, VaadinSession session, VaadinRequest request, VaadinResponse response) {
        session.setLocale(locale);
        var cookie = new Cookie(COOKIE, locale.toLanguageTag());
        cookie.setPath(contextPath(request));
        cookie.setMaxAge(COOKIE_MAX_AGE);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String contextPath(VaadinRequest request) {
        var path = request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
