package org.peerproof.app;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.peerproof.admin.AdminHomeView;
import org.peerproof.domain.access.Roles;
import org.peerproof.portal.PortalHomeView;

/** Landing page for everyone; people who are signed in go straight to their side of PeerProof. */
@Route("")
@AnonymousAllowed
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
        var heading = new H1(getTranslation("home.title"));
        heading.setId("home-title");
        var signIn = new Anchor(MainLayout.SIGN_IN_PATH, getTranslation("auth.signIn"));
        signIn.setId("home-sign-in");
        // A full page load: the sign-in is a redirect to Keycloak, not a Vaadin navigation.
        signIn.setRouterIgnore(true);
        add(heading,
                new Paragraph(getTranslation("home.intro")),
                new Paragraph(getTranslation("home.portal.description")),
                new Paragraph(getTranslation("home.admin.description")),
                signIn,
                new Paragraph(getTranslation("home.signUp.hint")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(Roles.ADVOCATE)) {
            event.forwardTo(PortalHomeView.class);
        } else if (authentication.hasAnyRole(Roles.SALES, Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            event.forwardTo(AdminHomeView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
