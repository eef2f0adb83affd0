package org.peerproof.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BundleI18NProviderTest {

    private final BundleI18NProvider provider = new BundleI18NProvider(MessagesConfiguration.createMessageSource());

    @Test
    void resolvesKeysWithParameters() {
        assertThat(provider.getTranslation("admin.placeholder.stats", Locale.ENGLISH, 300, 42))
                .isEqualTo("300 advocates at 42 customer accounts.");
    }

    @Test
    void unsupportedLocaleFallsBackToEnglishNotTheJvmLocale() {
        assertThat(provider.getTranslation("nav.home", Locale.forLanguageTag("pt-BR"))).isEqualTo("Home");
    }

    @Test
    void missingKeyIsMarkedVisibly() {
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
