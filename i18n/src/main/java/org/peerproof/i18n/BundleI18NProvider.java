package org.peerproof.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin's view of the PeerProof bundles: {@code getTranslation(key)} in any component resolves here. */
@Component
public class BundleI18NProvider implements I18NProvider {

    private final MessageSource messageSource;

    public BundleI18NProvider(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messageSource.getMessage(key, params, SupportedLocales.bestMatch(locale));
        } catch (NoSuchMessageException missing) {
            // Visible in the page so a missing key is caught in review instead of failing the whole view.
            return "!" + key + "!";
        }
    }
}
