package org.peerproof.app;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown instead of any page that failed to open: a sentence in the reader's language and an incident id to quote,
 * never the exception; the exception is logged under that id ({@link Incidents}). Not found and access denied keep
 * their own, more specific pages.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var incident = Incidents.record(parameter.getCaughtException(), "opening /" + event.getLocation().getPath());
        removeAll();
        var heading = new H2(getTranslation("error.incident.title"));
        heading.setId("error-view");
        var body = new Paragraph(getTranslation("error.incident.body", incident));
        body.setId("error-incident");
        add(heading, body, new Anchor("", getTranslation("error.incident.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.incident.title") + " | " + getTranslation("app.name");
    }
}
