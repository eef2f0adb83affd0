package org.peerproof.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peerproof.domain.notification.ActionLinkService;
import org.peerproof.domain.notification.ActionLinks;
import org.peerproof.domain.notification.ActionPreview;
import org.peerproof.domain.notification.InvalidActionLinkException;
import org.peerproof.domain.shared.DomainRuleException;
import org.springframework.context.MessageSource;

/**
 * Where an email's action link lands (rule 5), without signing in. Opening it only shows what will happen, so a
 * mail scanner that fetches the link changes nothing; the Confirm button does it, once, for the advocate and the
 * record the signed link names. A used, expired, altered or outdated link gets a page saying so, and nothing else.
 */
@Route(ActionLinks.ROUTE + "/:token")
@AnonymousAllowed
public class ActionLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ActionLinkService actions;
    private final transient MessageSource messages;

    public ActionLinkView(ActionLinkService actions, MessageSource messages) {
        this.actions = actions;
        this.messages = messages;
        addClassName("portal-page");
        setMaxWidth("40rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        try {
            showPreview(token, actions.preview(token));
        } catch (InvalidActionLinkException invalid) {
            showInvalid(invalid);
        }
    }

    private void showPreview(String token, ActionPreview preview) {
        removeAll();
        var code = preview.purpose().code();
        var explain = new Paragraph(getTranslation("email.action." + code + ".explain", preview.args().toArray()));
        explain.setId("action-explain");
        var confirm = new Button(getTranslation("email.action.confirm"), click -> confirm(token, preview));
        confirm.setId("confirm-action");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        add(new H2(getTranslation("email.action." + code + ".title")), explain, confirm);
    }

    private void confirm(String token, ActionPreview preview) {
        try {
            var done = actions.confirm(token);
            show("action-done", getTranslation("email.action." + done.code() + ".title"),
                    getTranslation("email.action." + done.code() + ".done", preview.args().toArray()));
        } catch (InvalidActionLinkException invalid) {
            showInvalid(invalid);
        } catch (DomainRuleException refused) {
            show("action-refused", getTranslation("email.action.invalid.title"),
                    getTranslation("email.action.refused", messages.getMessage(refused, getLocale())));
        }
    }

    private void showInvalid(InvalidActionLinkException invalid) {
        show("action-invalid", getTranslation("email.action.invalid.title"),
                getTranslation("email.action.invalid." + invalid.reason().name()));
    }

    private void show(String id, String title, String text) {
        removeAll();
        var message = new Paragraph(text);
        message.setId(id);
        var portal = new Anchor(PortalRoutes.HOME, getTranslation("email.action.toPortal"));
        add(new H2(title), message, portal);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email.action.page.title") + " | " + getTranslation("app.name");
    }
}
