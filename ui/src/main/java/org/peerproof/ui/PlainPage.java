package org.peerproof.ui;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * A small server-rendered HTML page for the few answers that must not start a Vaadin session (mail action links,
 * sign-in failures, rate limits): one column, inline styles, every text escaped. Ids on elements let tests and
 * scripts find the parts, like the ids on Vaadin views.
 */
public final class PlainPage {

    public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a2433;background:#f6f7f9}
            main{max-width:40rem;margin:0 auto;padding:1.5rem}
            h1{font-size:1.5rem}dt{font-weight:600;margin-top:.5rem}dd{margin:0}
            label,textarea{display:block;width:100%;box-sizing:border-box}textarea{min-height:6rem;font:inherit;margin:.25rem 0}
            .hint{color:#5b6675;font-size:.875rem}.error{color:#b3261e}
            button{font:inherit;font-weight:600;min-height:48px;padding:0 1.5rem;margin:1rem 0;border:0;border-radius:8px;
            background:#1676f3;color:#fff;cursor:pointer}a{color:#1676f3}""";

    private final Locale locale;
    private final String title;
    private final StringBuilder body = new StringBuilder();

    private PlainPage(Locale locale, String title) {
        this.locale = locale;
        this.title = title;
    }

    /** A page in this language whose window title is {@code title}. */
    public static PlainPage titled(Locale locale, String title) {
        return new PlainPage(locale, title);
    }

    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    public PlainPage heading(String text) {
        body.append("<h1>").append(escape(text)).append("</h1>");
        return this;
    }

    public PlainPage paragraph(String id, String text) {
        body.append("<p id=\"").append(escape(id)).append("\">").append(escape(text)).append("</p>");
        return this;
    }

    public PlainPage link(String href, String text) {
        body.append("<p><a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a></p>");
        return this;
    }

    /** Markup the caller built from escaped parts (a form, a description list). */
    public PlainPage markup(String html) {
        body.append(html);
        return this;
    }

    public String html() {
        return "<!DOCTYPE html><html lang=\"" + escape(locale.toLanguageTag()) + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body><main>" + body + "</main></body></html>";
    }
}
