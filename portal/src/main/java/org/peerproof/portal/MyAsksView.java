package org.peerproof.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.List;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.ask.AdvocateAskList;
import org.peerproof.domain.ask.AdvocateAskView;
import org.peerproof.domain.ask.AdvocateAsks;
import org.peerproof.domain.ask.AskResponses;
import org.peerproof.domain.ask.AskNextStep;
import org.peerproof.domain.ask.DeclineForm;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.peerproof.ui.MorePages;
import org.springframework.context.MessageSource;

/** The advocate's asks: what they agreed to first, then the open ones to answer, then what became of the others. */
@Route(PortalRoutes.ASKS)
@RolesAllowed(Roles.ADVOCATE)
public class MyAsksView extends VerticalLayout implements HasDynamicTitle {

    /** Asks per page: an advocate's earlier asks grow with every quarter (issue 15). */
    static final int PAGE_SIZE = 20;
    private static final List<String> NONE_KEYS = List.of("asks.upcoming.none", "asks.open.none",
            "asks.earlier.none");

    private final AdvocateAsks asks;
    private final AskResponses responses;
    private final MessageSource messages;
    private final VerticalLayout upcoming = new VerticalLayout();
    private final VerticalLayout open = new VerticalLayout();
    private final VerticalLayout earlier = new VerticalLayout();
    private final MorePages<AdvocateAskList> more;

    public MyAsksView(AdvocateAsks asks, AskResponses responses, MessageSource messages) {
        this.asks = asks;
        this.responses = responses;
        this.messages = messages;
        addClassName("portal-page");
        upcoming.setPadding(false);
        upcoming.setId("upcoming-asks");
        open.setPadding(false);
        open.setId("open-asks");
        earlier.setPadding(false);
        earlier.setId("earlier-asks");
        more = new MorePages<>("more-asks", after -> asks.page(SignedInUser.current(), after, PAGE_SIZE), this::show);
        add(new H2(getTranslation("asks.title")), new H3(getTranslation("asks.upcoming")), upcoming,
                new H3(getTranslation("asks.open")), open, new H3(getTranslation("asks.earlier")), earlier, more);
        refresh();
    }

    private void refresh() {
        upcoming.removeAll();
        open.removeAll();
        earlier.removeAll();
        more.reload();
    }

    /**
     * Adds a page's asks to their groups. A group says it has none once no later page can bring any: a later group
     * has begun, or this was the last page.
     */
    private void show(AdvocateAskList page) {
        var zone = ZoneId.of(page.timeZone());
        var groups = List.of(upcoming, open, earlier);
        var pages = List.of(page.upcoming(), page.open(), page.earlier());
        for (int i = 0; i < groups.size(); i++) {
            var group = groups.get(i);
            group.getChildren().filter(Paragraph.class::isInstance).toList().forEach(group::remove);
            pages.get(i).forEach(ask -> group.add(card(ask, zone)));
        }
        for (int i = 0; i < groups.size(); i++) {
            var laterBegun = groups.subList(i + 1, groups.size()).stream()
                    .anyMatch(later -> later.getComponentCount() > 0);
            if (groups.get(i).getComponentCount() == 0 && (laterBegun || !more.hasMore())) {
                groups.get(i).add(new Paragraph(getTranslation(NONE_KEYS.get(i))));
            }
        }
    }

    private Div card(AdvocateAskView ask, ZoneId zone) {
        var card = new Div();
        card.addClassName("ask-card");
        card.setId("ask-" + ask.id());
        var status = new Span(Labels.of(this, ask.status()));
        status.getElement().getThemeList().add("badge" + (ask.nextStep() == AskNextStep.NONE ? " contrast" : ""));
        status.addClassName("ask-status");
        var prospect = ask.prospect();
        card.add(new H3(Labels.of(this, ask.activityType())), status);
        if (prospect.named()) {
            card.add(paragraph("ask-prospect-name", getTranslation("asks.prospectName", prospect.companyName())));
        }
        card.add(paragraph("ask-prospect", getTranslation("asks.prospect", Labels.of(this, prospect.industry()),
                        Labels.of(this, prospect.sizeBand()), Labels.of(this, prospect.region()))),
                new Paragraph(getTranslation("asks.dealStage", Labels.of(this, prospect.dealStage()))),
                new Paragraph(getTranslation("asks.neededBy", Dates.date(ask.neededBy(), getLocale()))));
        if (ask.useCase() != null) {
            card.add(new Paragraph(getTranslation("asks.useCase", ask.useCase())));
        }
        if (!ask.products().isEmpty()) {
            card.add(new Paragraph(getTranslation("asks.products", String.join(", ", ask.products()))));
        }
        switch (ask.nextStep()) {
            case ANSWER -> card.add(new Paragraph(getTranslation("asks.answerBy",
                    Dates.dateTime(ask.expiresAt(), zone, getLocale()))), answerButtons(ask));
            case TAKE_THE_CALL, AGREE_ON_A_TIME -> card.add(commitment(ask, zone));
            case NONE -> card.add(paragraph("ask-answered", getTranslation("asks.answeredOn",
                    Dates.dateTime(ask.lastMovedAt(), zone, getLocale()))));
        }
        if (ask.declineReason() != null) {
            card.add(new Paragraph(getTranslation("asks.yourReason", ask.declineReason())));
        }
        return card;
    }

    /** What they agreed to: when, whom to write to, what happens next. */
    private Div commitment(AdvocateAskView ask, ZoneId zone) {
        var when = ask.scheduledAt() == null ? getTranslation("asks.time.none")
                : getTranslation("asks.time", Dates.dateTime(ask.scheduledAt(), zone, getLocale()), zone.getId());
        var commitment = new Div(paragraph("ask-time", when));
        commitment.addClassName("ask-commitment");
        if (ask.staffContact() == null) {
            commitment.add(paragraph("ask-contact", getTranslation("asks.contact.team")));
        } else {
            var contact = new Paragraph(getTranslation("asks.contact") + " ");
            contact.add(new Anchor("mailto:" + ask.staffContact(), ask.staffContact()));
            contact.addClassName("ask-contact");
            commitment.add(contact);
        }
        commitment.add(paragraph("ask-next-step", Labels.of(this, ask.nextStep())));
        return commitment;
    }

    private static Paragraph paragraph(String className, String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
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
