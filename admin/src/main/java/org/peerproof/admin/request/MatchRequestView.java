package org.peerproof.admin.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.ask.AskDispatch;
import org.peerproof.domain.matching.MatchCandidate;
import org.peerproof.domain.matching.MatchingService;
import org.peerproof.domain.notification.LinkedPages;
import org.peerproof.domain.request.VisibleRequests;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.peerproof.ui.RouteIds;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Matching for one request (program-manager, admin): eligible advocates ranked by fit with each criterion's
 * points and reason, the protected ones (cap, rest, pause...) on request with why they are out, and asking the
 * chosen ones. Rules 1 and 3 live in the domain; this view only shows their answers.
 */
@Route(MatchRequestView.ROUTE)
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class MatchRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REQUEST_ID = LinkedPages.REQUEST_ID;
    public static final String ROUTE = LinkedPages.REQUEST_MATCH;

    private final transient MatchingService matching;
    private final transient AskDispatch dispatch;
    private final transient VisibleRequests requests;
    private final transient MessageSource messages;
    private final transient Clock clock;
    private final Grid<MatchCandidate> grid = new Grid<>();
    private final Checkbox showIneligible = new Checkbox();
    private final Paragraph summary = new Paragraph();
    private Long requestId;

    public MatchRequestView(MatchingService matching, AskDispatch dispatch, VisibleRequests requests,
                            MessageSource messages, Clock clock) {
        this.matching = matching;
        this.dispatch = dispatch;
        this.requests = requests;
        this.messages = messages;
        this.clock = clock;
        setSizeFull();
        summary.setId("match-request");
        showIneligible.setLabel(getTranslation("match.showIneligible"));
        showIneligible.setId("show-ineligible");
        showIneligible.addValueChangeListener(change -> refresh());
        grid.setId("match-candidates");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItemSelectableProvider(MatchCandidate::askable);
        // Compact rows whose reasons wrap: a screen shows many candidates, each with every reason readable.
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MatchCandidate::name).setHeader(getTranslation("match.column.advocate"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(MatchCandidate::companyName).setHeader(getTranslation("match.column.company"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(candidate -> candidate.tierName() == null ? "" : candidate.tierName())
                .setHeader(getTranslation("directory.column.tier")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(candidate -> candidate.utilizationPercent() == null ? ""
                        : getTranslation("directory.utilization", candidate.utilizationPercent()))
                .setHeader(getTranslation("directory.column.utilization")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(candidate -> candidate.score().percent()).setHeader(getTranslation("match.column.score"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::why).setHeader(getTranslation("match.column.why")).setWidth("24rem")
                .setFlexGrow(4);
        grid.setSizeFull();
        var ask = new Button(getTranslation("match.askSelected"), click -> askSelected());
        ask.setId("ask-selected");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("match.title")), summary, new HorizontalLayout(showIneligible, ask), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.required(event, REQUEST_ID);
        if (id.isEmpty()) {
            return;
        }
        requestId = id.get();
        var request = requests.find(SignedInUser.current(), requestId).orElse(null);
        if (request == null) {
            event.rerouteTo(RequestQueueView.class);
            return;
        }
        summary.setText(getTranslation("match.request", request.opportunityId(), request.prospectCompany(),
                label(request.prospectIndustry()), label(request.sizeBand()), label(request.region()),
                label(request.activityType())));
        refresh();
    }

    /**
     * Ranks again as of now, read a page at a time as the grid scrolls (issue 15): the eligible advocates, then, if
     * asked for, the protected ones after them. Pages are ranked at the same moment, so they fit together.
     */
    private void refresh() {
        if (requestId != null) {
            var rankedAt = clock.instant();
            var withIneligible = showIneligible.getValue();
            grid.setItems(query -> page(rankedAt, withIneligible, query.getOffset(), query.getLimit()),
                            query -> count(rankedAt, withIneligible))
                    .setIdentifierProvider(MatchCandidate::advocateId);
        }
    }

    private Stream<MatchCandidate> page(Instant rankedAt, boolean withIneligible, int offset, int limit) {
        var eligible = matching.rankEligible(requestId, rankedAt, offset, limit);
        var shown = new ArrayList<>(eligible.candidates());
        if (withIneligible && shown.size() < limit) {
            shown.addAll(matching.rankIneligible(requestId, rankedAt, Math.max(0, offset - eligible.total()),
                    limit - shown.size()).candidates());
        }
        return shown.stream();
    }

    private int count(Instant rankedAt, boolean withIneligible) {
        var eligible = matching.rankEligible(requestId, rankedAt, 0, 0).total();
        return withIneligible ? eligible + matching.rankIneligible(requestId, rankedAt, 0, 0).total() : eligible;
    }

    /**
     * Each criterion's points and sentence, one after the other so they wrap within the row; before them, whether
     * the advocate was already asked for this request and, for a protected advocate, why they cannot be asked now.
     */
    private Div why(MatchCandidate candidate) {
        var why = new Div();
        if (candidate.askStatus() != null) {
            why.add(reason(getTranslation("requests.match.alreadyAsked",
                    getTranslation("requests.askStatus." + candidate.askStatus().name())), "match-why-status"));
        }
        if (!candidate.eligible()) {
            candidate.reasons().forEach(reason -> why.add(
                    reason(text(reason.messageKey(), reason.messageArguments()), "match-why-out")));
        }
        candidate.score().criteria().stream().filter(score -> score.maxPoints() > 0).forEach(score -> why.add(
                reason(score.points() + "/" + score.maxPoints() + " " + text(score.messageKey(),
                        score.messageArguments()), "match-why-criterion")));
        why.addClassName("match-why");
        why.setClassName("match-ineligible", !candidate.eligible());
        why.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("column-gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("line-height", "var(--lumo-line-height-xs)");
        return why;
    }

    private static Span reason(String text, String className) {
        var reason = new Span(text);
        reason.addClassName(className);
        return reason;
    }

    private void askSelected() {
        var chosen = grid.getSelectedItems().stream().map(MatchCandidate::advocateId).toList();
        if (chosen.isEmpty()) {
            Feedback.error(getTranslation("match.selectFirst"));
            return;
        }
        if (Feedback.attempt(this, messages, () -> dispatch.ask(SignedInUser.current(), requestId, chosen))) {
            Feedback.saved(this, "match.asked", chosen.size());
        }
        grid.deselectAll();
        refresh();
    }

    /**
     * Arguments that are domain values (industries, dates, languages...) are translated or formatted like the
     * message, so a reason reads "Speaks German" rather than "Speaks de".
     */
    private String text(String key, List<Object> arguments) {
        var translated = arguments.stream().map(argument -> argument instanceof Enum<?> value ? label(value)
                : argument instanceof MessageSourceResolvable nested ? messages.getMessage(nested, getLocale())
                : argument instanceof LocalDate date ? Dates.date(date, getLocale())
                : argument instanceof Locale language ? language.getDisplayLanguage(getLocale())
                : argument).toArray();
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {key}, translated), getLocale());
    }

    private String label(Enum<?> value) {
        return Labels.of(this, value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("match.title") + " | " + getTranslation("app.name");
    }
}
