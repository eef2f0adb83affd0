package org.peerproof.app.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.i18n.SupportedLocales;
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
public class LanguageResolution implements VaadinServiceInitListener {

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

    /**
     * The language of a request made before anyone is signed in and outside any UI, such as the one that sends the
     * browser to Keycloak's sign-in page: the one chosen with the language switch, else the best supported one of
     * the browser's Accept-Language.
     */
    public static Locale beforeSignIn(HttpServletRequest request) {
        return UiLanguage.remembered(request.getCookies())
                .orElseGet(() -> SupportedLocales.bestMatch(request.getLocale()));
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
