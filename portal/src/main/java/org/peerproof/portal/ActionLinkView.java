package org.peerproof.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.peerproof.domain.ask.DeclineForm;
import org.peerproof.domain.notification.ActionLinkService;
import org.peerproof.domain.notification.ActionPreview;
import org.peerproof.domain.notification.InvalidActionLinkException;
import org.peerproof.domain.notification.LinkedPages;
import org.peerproof.domain.notification.MailModel;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/**
 * Where an email's action link lands (rule 5), without signing in. Opening it only shows what will happen, so a
 * mail scanner that fetches the link changes nothing; the Confirm button does it, once, for the advocate and the
 * record the signed link names. A used, expired, altered or outdated link gets a page saying so, and nothing else.
 * The page is in the language of the advocate the link was sent to; declining takes an optional reason, kept like
 * a reason given in the portal.
 */
@Route(LinkedPages.ACTION)
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
        // The page speaks the language of the advocate the link was sent to, not the browser's.
        actions.languageOf(token).ifPresent(event.getUI()::setLocale);
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
        add(new H2(getTranslation("email.action." + code + ".title")), explain);
        if (!preview.facts().isEmpty()) {
            add(facts(preview.facts()));
        }
        var reason = new TextArea(getTranslation("email.action.reason"));
        reason.setHelperText(getTranslation("email.action.reason.hint"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("action-reason");
        if (preview.takesReason()) {
            add(reason);
        }
        var confirm = new Button(getTranslation("email.action.confirm"));
        confirm.addClickListener(click -> {
            // A reason the rules refuse (too long) is shown at the field; the link stays unused.
            if (!Feedback.attempt(this, messages, Map.of("reason", reason),
                    () -> confirm(token, preview, new DeclineForm(blankToNull(reason.getValue()))))) {
                confirm.setEnabled(true);
            }
        });
        confirm.setId("confirm-action");
        // The one thing to do on this page, mostly opened on a phone: a large target.
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.setDisableOnClick(true);
        add(confirm);
    }

    private DescriptionList facts(List<MailModel.Fact> facts) {
        var list = new DescriptionList();
        list.setId("action-facts");
        for (var fact : facts) {
            list.add(new DescriptionList.Term(getTranslation(fact.labelKey())), new DescriptionList.Description(
                    fact.valueIsKey() ? getTranslation(fact.value()) : fact.value()));
        }
        return list;
    }

    private void confirm(String token, ActionPreview preview, DeclineForm reason) {
        try {
            var done = actions.confirm(token, reason);
            show("action-done", getTranslation("email.action." + done.code() + ".title"),
                    getTranslation("email.action." + done.code() + ".done", preview.args().toArray()));
        } catch (InvalidActionLinkException invalid) {
            showInvalid(invalid);
        } catch (DomainRuleException refused) {
            show("action-refused", getTranslation("email.action.invalid.title"),
                    getTranslation("email.action.refused", messages.getMessage(refused, getLocale())));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
