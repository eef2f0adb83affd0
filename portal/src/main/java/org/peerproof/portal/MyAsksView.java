package org.peerproof.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.ask.AdvocateAskView;
import org.peerproof.domain.ask.AdvocateAsks;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.ask.DeclineForm;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/** The advocate's asks: answer the open ones, see what became of the others. */
@Route(PortalRoutes.ASKS)
@RolesAllowed(Roles.ADVOCATE)
public class MyAsksView extends VerticalLayout implements HasDynamicTitle {

    private final AdvocateAsks asks;
    private final AskResponses responses;
    private final MessageSource messages;
    private final ZoneId zone;
    private final VerticalLayout open = new VerticalLayout();
    private final VerticalLayout earlier = new VerticalLayout();

    public MyAsksView(AdvocateAsks asks, AskResponses responses, AdvocateProfiles profiles, MessageSource messages) {
        this.asks = asks;
        this.responses = responses;
        this.messages = messages;
        this.zone = ZoneId.of(profiles.editable(SignedInUser.current()).timeZone());
        addClassName("portal-page");
        open.setPadding(false);
        open.setId("open-asks");
        earlier.setPadding(false);
        earlier.setId("earlier-asks");
        add(new H2(getTranslation("asks.title")), new H3(getTranslation("asks.open")), open,
                new H3(getTranslation("asks.earlier")), earlier);
        refresh();
    }

    private void refresh() {
        open.removeAll();
        earlier.removeAll();
        for (var ask : asks.mine(SignedInUser.current())) {
            (ask.status() == AskStatus.PENDING ? open : earlier).add(card(ask));
        }
        if (open.getComponentCount() == 0) {
            open.add(new Paragraph(getTranslation("asks.open.none")));
        }
        if (earlier.getComponentCount() == 0) {
            earlier.add(new Paragraph(getTranslation("asks.earlier.none")));
        }
    }

    private Div card(AdvocateAskView ask) {
        var card = new Div();
        card.addClassName("ask-card");
        card.setId("ask-" + ask.id());
        var status = new Span(Labels.of(this, ask.status()));
        status.getElement().getThemeList().add("badge" + (ask.status() == AskStatus.PENDING ? "" : " contrast"));
        status.addClassName("ask-status");
        card.add(new H3(Labels.of(this, ask.activityType())), status,
                new Paragraph(getTranslation("asks.prospect", Labels.of(this, ask.prospectIndustry()),
                        Labels.of(this, ask.prospectSize()), Labels.of(this, ask.prospectRegion()))),
                new Paragraph(getTranslation("asks.neededBy", Dates.date(ask.neededBy(), getLocale()))));
        if (ask.useCase() != null) {
            card.add(new Paragraph(getTranslation("asks.useCase", ask.useCase())));
        }
        if (ask.status() == AskStatus.PENDING) {
            card.add(new Paragraph(getTranslation("asks.answerBy", Dates.dateTime(ask.expiresAt(), zone, getLocale()))), answerButtons(ask));
        } else if (ask.declineReason() != null) {
            card.add(new Paragraph(getTranslation("asks.yourReason", ask.declineReason())));
        }
        return card;
    }

    private HorizontalLayout answerButtons(AdvocateAskView ask) {
        var accept = new Button(getTranslation("asks.accept"), click -> {
            if (Feedback.attempt(this, messages, Map.of(), () -> responses.accept(SignedInUser.current(), ask.id()))) {
                Feedback.saved(this, "asks.accepted");
            }
            refresh();
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept-" + ask.id());
        var decline = new Button(getTranslation("asks.decline"), click -> openDeclineDialog(ask));
        decline.setId("decline-" + ask.id());
        var buttons = new HorizontalLayout(accept, decline);
        buttons.addClassName("ask-actions");
        return buttons;
    }

    private void openDeclineDialog(AdvocateAskView ask) {
        var dialog = new Dialog(getTranslation("asks.decline.title"));
        var reason = new TextArea(getTranslation("asks.decline.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("decline-reason");
        var confirm = new Button(getTranslation("asks.decline.confirm"), click -> {
            if (Feedback.attempt(this, messages, Map.of("reason", reason),
                    () -> responses.decline(SignedInUser.current(), ask.id(), new DeclineForm(blankToNull(reason.getValue()))))) {
                dialog.close();
                Feedback.saved(this, "asks.declined");
            }
            refresh();
        });
        confirm.setId("decline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("asks.decline.hint")), reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("asks.title") + " | " + getTranslation("app.name");
    }
}
