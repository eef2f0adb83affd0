package org.peerproof.app.pwa;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peerproof.i18n.SupportedLocales;
import org.peerproof.portal.support.UiLanguage;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page the service worker shows when a page is opened without a network: {@code offline.html} (the
 * {@code @PWA} default path), in the language of the browser that installed the app. Vaadin's PWA support would
 * serve a fixed English page; this request handler answers the same path first with {@code offline-page.html}
 * whose {@code {{key}}} placeholders come from messages.properties. The service worker pre-caches it on install,
 * so it needs nothing from the network: styles are inline and the icon is one the service worker caches too.
 */
@Component
public class OfflinePage implements VaadinServiceInitListener {

    public static final String PATH = "offline.html";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9.]+)}}");
    private final String template = readTemplate();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var i18n = event.getSource().getInstantiator().getI18NProvider();
        event.addRequestHandler((session, request, response) -> {
            if (!("/" + PATH).equals(request.getPathInfo())) {
                return false;
            }
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getOutputStream().write(render(i18n, locale(request)).getBytes(StandardCharsets.UTF_8));
            return true;
        });
    }

    String render(I18NProvider i18n, Locale locale) {
        var matcher = PLACEHOLDER.matcher(template.replace("{{lang}}", locale.toLanguageTag()));
        return matcher.replaceAll(match -> Matcher.quoteReplacement(
                HtmlUtils.htmlEscape(i18n.getTranslation(match.group(1), locale))));
    }

    /** The language chosen with the language switch, else the browser's; one PeerProof offers either way. */
    private static Locale locale(VaadinRequest request) {
        return UiLanguage.remembered(request).orElseGet(() -> SupportedLocales.bestMatch(request.getLocale()));
    }

    private static String readTemplate() {
        try (InputStream in = OfflinePage.class.getResourceAsStream("offline-page.html")) {
            if (in == null) {
                throw new IllegalStateException("offline-page.html is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
