package org.peerproof.portal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateEmailTakenException;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.springframework.security.core.context.SecurityContextHolder;

/** Entry point of the advocate portal (advocates only); the self-service screens hang off this route. */
@Route("portal")
@RolesAllowed(Roles.ADVOCATE)
public class PortalHomeView extends VerticalLayout implements HasDynamicTitle {

    public PortalHomeView(AdvocateProfiles profiles) {
        add(new H2(getTranslation("portal.placeholder.title")));
        try {
            // Vaadin keeps the signed-in user's security context for the UI's request threads.
            var me = profiles.mine(SignedInUser.of(SecurityContextHolder.getContext().getAuthentication()));
            var welcome = new Paragraph(getTranslation("portal.welcome", me.name()));
            welcome.setId("portal-welcome");
            add(welcome);
            if (!me.profileComplete()) {
                var incomplete = new Paragraph(getTranslation("portal.profile.incomplete"));
                incomplete.setId("portal-profile-incomplete");
                add(incomplete);
            }
            add(new Paragraph(getTranslation("portal.placeholder.body")));
        } catch (AdvocateEmailTakenException taken) {
            var problem = new Paragraph(getTranslation("portal.signUp.emailTaken"));
            problem.setId("portal-email-taken");
            add(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.placeholder.title") + " | " + getTranslation("app.name");
    }
}
