package org.peerproof.app.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerproof.app.NavigationIcons;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.advocate.AdvocateEmailTakenException;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.i18n.SupportedLocales;
import org.peerproof.portal.support.UiLanguage;

/**
 * The language menu in the app bar, for everyone including visitors who are not signed in. Each language is named
 * in its own language. Choosing one re-renders the page in it, remembers it in the browser and, for a signed-in
 * advocate, saves it to their profile so the portal and their emails follow it.
 */
public class LanguageSwitch extends Select<Locale> {

    /** Made once: every UI's menu keeps its labels, which would otherwise be new strings each time. */
    private static final Map<Locale, String> NATIVE_NAMES = SupportedLocales.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), SupportedLocales::nativeName));

    public LanguageSwitch(AdvocateProfiles profiles) {
        setId("language-switch");
        addClassName("language-switch");
        setAriaLabel(getTranslation("nav.language"));
        setTooltipText(getTranslation("nav.language"));
        setPrefixComponent(NavigationIcons.create(VaadinIcon.GLOBE_WIRE));
        setItems(SupportedLocales.ALL);
        setItemLabelGenerator(NATIVE_NAMES::get);
        setValue(SupportedLocales.bestMatch(getLocale()));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                choose(profiles, change.getValue());
            }
        });
    }

    private static void choose(AdvocateProfiles profiles, Locale language) {
        LanguageResolution.signedIn().filter(user -> user.hasRole(Roles.ADVOCATE)).ifPresent(advocate -> {
            try {
                profiles.changeLanguage(advocate, language);
            } catch (AdvocateEmailTakenException noProfile) {
                // No profile of their own yet (the portal explains why): the browser still remembers the choice.
            }
        });
        UiLanguage.use(language, VaadinSession.getCurrent(), VaadinService.getCurrentRequest(),
                VaadinService.getCurrentResponse());
        // Every text on the page was rendered in the old language.
        UI.getCurrent().getPage().reload();
    }
}
