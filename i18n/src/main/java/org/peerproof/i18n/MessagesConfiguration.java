package org.peerproof.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/** One message source for every user-facing string: Vaadin views and email templates read the same bundles. */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {

    public static final String BASENAME = "i18n/messages";

    @Bean
    public MessageSource messageSource() {
        return createMessageSource();
    }

    /** The bundles as Spring reads them; also used by tests that run without a Spring context. */
    public static ResourceBundleMessageSource createMessageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        // Never fall back to the JVM's locale: a server in Germany must still answer English to English users.
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }
}
