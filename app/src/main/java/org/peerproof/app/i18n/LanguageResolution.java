package org.peerproof.app.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.portal.support.UiLanguage;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;

/**
 * Chooses each new UI's language: a signed-in advocate's profile language, else the one this browser chose with
 * the language switch (cookie), else Vaadin's own choice, the provided locale that best matches the browser's
 * Accept-Language (see {@link org.peerproof.i18n.BundleI18NProvider}).
 */
@Component
class LanguageResolution implements VaadinServiceInitListener {

    private final AdvocateProfiles profiles;

    LanguageResolution(AdvocateProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> chosenLanguage().ifPresent(locale -> {
            init.getUI().getSession().setLocale(locale);
            init.getUI().setLocale(locale);
        }));
    }

    private Optional<Locale> chosenLanguage() {
        return profileLanguage().or(() -> UiLanguage.remembered(VaadinService.getCurrentRequest()));
    }

    private Optional<Locale> profileLanguage() {
        return signedIn().flatMap(profiles::preferredLocale);
    }

    /** The person signed in to this Vaadin request, if anyone is. */
    static Optional<SignedInUser> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof ClaimAccessor)) {
            return Optional.empty();
        }
        return Optional.of(SignedInUser.of(authentication));
    }
}
