package org.peerproof.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.membership.AdvocateMembership;
import org.peerproof.domain.membership.JobChangeForm;
import org.peerproof.domain.privacy.AdvocateDataExports;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/** The advocate's own data: download all of it, report a job change, or leave the program (DESIGN rule 10). */
@Route(PortalRoutes.DATA)
@RolesAllowed(Roles.ADVOCATE)
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

    static final String EXPORT_FILE = "peerproof-my-data.json";

    private final transient AdvocateMembership membership;
    private final transient MessageSource messages;
    private final transient AuthenticationContext authentication;

    public MyDataView(AdvocateDataExports exports, AdvocateMembership membership, JsonMapper json,
                      MessageSource messages, AuthenticationContext authentication) {
        this.membership = membership;
        this.messages = messages;
        this.authentication = authentication;
        addClassName("portal-page");
        // The download runs in its own request; it exports the person who opened this page.
        var user = SignedInUser.current();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(exports.export(user));
            return new DownloadResponse(new ByteArrayInputStream(bytes), EXPORT_FILE, "application/json", bytes.length);
        }), getTranslation("data.export.download"));
        download.setId("export-my-data");
        download.addClassName("portal-link-button");
        add(new H2(getTranslation("data.title")),
                section("data.export.title", "data.export.body", download),
                section("data.jobChange.title", "data.jobChange.body", jobChangeButton()),
                section("data.withdraw.title", "data.withdraw.body", withdrawButton()));
    }

    private Div section(String titleKey, String bodyKey, Component action) {
        var card = new Div(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(bodyKey)), action);
        card.addClassName("portal-card");
        return card;
    }

    private Button jobChangeButton() {
        var button = new Button(getTranslation("data.jobChange.action"), click -> {
            var newCompany = new TextField(getTranslation("data.jobChange.newCompany"));
            newCompany.setMaxLength(200);
            newCompany.setWidthFull();
            var dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("data.jobChange.title"));
            dialog.add(new Paragraph(getTranslation("data.jobChange.confirm")), newCompany);
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.setConfirmText(getTranslation("data.jobChange.action"));
            dialog.addConfirmListener(confirmed -> {
                var name = newCompany.getValue().isBlank() ? null : newCompany.getValue().strip();
                if (Feedback.attempt(this, messages, Map.of("newCompany", newCompany),
                        () -> membership.reportJobChange(SignedInUser.current(), new JobChangeForm(name)))) {
                    Feedback.saved(this, "data.jobChange.done");
                    UI.getCurrent().navigate(PortalHomeView.class);
                }
            });
            dialog.open();
        });
        button.setId("report-job-change");
        return button;
    }

    private Button withdrawButton() {
        var button = new Button(getTranslation("data.withdraw.action"), click -> {
            var dialog = new ConfirmDialog(getTranslation("data.withdraw.title"), getTranslation("data.withdraw.confirm"),
                    getTranslation("data.withdraw.action"), confirmed -> {
                        membership.withdraw(SignedInUser.current());
                        // The profile no longer exists: sign out, which also ends the Keycloak session.
                        authentication.logout();
                    });
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        button.setId("withdraw");
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data.title") + " | " + getTranslation("app.name");
    }
}
