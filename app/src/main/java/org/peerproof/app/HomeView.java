package org.peerproof.app;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.peerproof.admin.AdminHomeView;
import org.peerproof.portal.PortalHomeView;

/** Landing page: tells each kind of user where to go. */
@Route("")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView() {
        var heading = new H1(getTranslation("home.title"));
        heading.setId("home-title");
        add(heading,
                new Paragraph(getTranslation("home.intro")),
                new RouterLink(getTranslation("nav.portal"), PortalHomeView.class),
                new Paragraph(getTranslation("home.portal.description")),
                new RouterLink(getTranslation("nav.admin"), AdminHomeView.class),
                new Paragraph(getTranslation("home.admin.description")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
