package org.peerproof.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.account.CustomerAccountRepository;
import org.peerproof.domain.advocate.AdvocateRepository;

/** Entry point of the staff console (every staff role); the directory, requests and metrics views hang off it. */
@Route("admin")
@RolesAllowed({Roles.SALES, Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    public AdminHomeView(AdvocateRepository advocates, CustomerAccountRepository accounts) {
        var stats = new Paragraph(getTranslation("admin.placeholder.stats", advocates.count(), accounts.count()));
        stats.setId("admin-stats");
        add(new H2(getTranslation("admin.placeholder.title")),
                new Paragraph(getTranslation("admin.placeholder.body")),
                stats);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.placeholder.title") + " | " + getTranslation("app.name");
    }
}
