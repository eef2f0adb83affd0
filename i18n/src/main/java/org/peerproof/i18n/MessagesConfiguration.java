package org.peerproof.i18n;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/** One message source for every user-facing string: Vaadin views and email templates read the same bundles. */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {

    /**
     * One bundle per area of the product, so each area's strings (and their translations) live together:
     * {@code messages} the shell, portal and shared words; {@code requests} reference requests, asks and deal
     * outcomes; {@code nominations} nominations and spreadsheet import/export; {@code email} notification mails
     * and action-link pages; {@code program} tiers, rewards, recommitment, check-ins, settings and targets;
     * {@code metrics} the program metrics dashboard.
     */
    public static final List<String> BASENAMES = List.of(
            "i18n/messages", "i18n/requests", "i18n/nominations", "i18n/email", "i18n/program", "i18n/metrics");

    @Bean
    public MessageSource messageSource() {
        return createMessageSource();
    }

    /** The bundles as Spring reads them; also used by tests that run without a Spring context. */
    public static ResourceBundleMessageSource createMessageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(BASENAMES.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        // Never fall back to the JVM's locale: a server in Germany must still answer English to English users.
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }
}
