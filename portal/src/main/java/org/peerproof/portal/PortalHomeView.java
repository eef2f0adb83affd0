package org.peerproof.portal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** Entry point of the advocate portal; the self-service screens hang off this route. */
@Route("portal")
public class PortalHomeView extends VerticalLayout implements HasDynamicTitle {

    public PortalHomeView() {
        add(new H2(getTranslation("portal.placeholder.title")),
                new Paragraph(getTranslation("portal.placeholder.body")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.placeholder.title") + " | " + getTranslation("app.name");
    }
}
