package org.peerproof.admin.request;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.RequestExport;
import org.peerproof.domain.request.RequestProgress;
import org.peerproof.domain.request.RequestQueueFilter;
import org.peerproof.domain.request.StaffRequestView;
import org.peerproof.domain.request.VisibleRequests;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;

/**
 * Reference requests: the program manager's queue (all) or a sales rep's own requests, open work needing action
 * first, then waiting, then closed, soonest needed first. Filtered by status, deal stage, owner and text, the
 * filters kept in the address's query parameters so a filtered queue can be bookmarked and shared; paged from the
 * database. Roles: sales, program-manager, admin. Everyone files new requests and opens one from here; program
 * managers and admins also find advocates for it.
 */
@Route(RequestQueueView.ROUTE)
@RolesAllowed({Roles.SALES, Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class RequestQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "admin/requests";
    static final String STATUS = "status";
    static final String STAGE = "stage";
    static final String OWNER = "owner";
    static final String TEXT = "q";

    private final transient VisibleRequests requests;
    private final MultiSelectComboBox<RequestProgress> progress = new MultiSelectComboBox<>();
    private final ComboBox<DealStage> dealStage = new ComboBox<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final TextField text = new TextField();
    private final Span count = new Span();
    private final Grid<StaffRequestView> grid = new Grid<>();
    private boolean applyingLocation;

    public RequestQueueView(VisibleRequests requests, RequestExport export, AuthenticationContext authentication) {
        this.requests = requests;
        setSizeFull();
        var user = SignedInUser.current();
        var seesAll = authentication.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN);
        grid.setId("request-queue");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StaffRequestView::opportunityId).setHeader(getTranslation("requests.column.opportunity"))
                .setAutoWidth(true).setFlexGrow(0);
        // Text columns get a width and wrap (full labels, e.g. the two reference call lengths, stay readable);
        // the actions stay in view at the end however wide the other columns are.
        grid.addColumn(StaffRequestView::prospectCompany).setHeader(getTranslation("requests.column.prospect"))
                .setWidth("12em").setFlexGrow(2);
        grid.addColumn(row -> Labels.of(this, row.prospectIndustry())).setHeader(getTranslation("requests.column.industry"))
                .setWidth("9em").setFlexGrow(1);
        grid.addColumn(row -> Labels.of(this, row.activityType())).setHeader(getTranslation("requests.column.activity"))
                .setWidth("11em").setFlexGrow(1);
        grid.addColumn(row -> Labels.of(this, row.dealStage())).setHeader(getTranslation("requests.column.dealStage"))
                .setWidth("8em").setFlexGrow(1);
        grid.addColumn(row -> Dates.date(row.neededBy(), getLocale())).setHeader(getTranslation("requests.column.neededBy"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Labels.of(this, row.progress())).setHeader(getTranslation("requests.column.status"))
                .setWidth("10em").setFlexGrow(1);
        if (seesAll) {
            grid.addColumn(StaffRequestView::requestedBy).setHeader(getTranslation("requests.column.owner"))
                    .setWidth("10em").setFlexGrow(1);
        }
        grid.addComponentColumn(row -> {
            var open = new Button(getTranslation("requests.open"), click -> getUI().ifPresent(ui ->
                    ui.navigate(RequestDetailView.class, new RouteParameters(RequestDetailView.REQUEST_ID, row.id().toString()))));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setId("open-" + row.opportunityId() + "-" + row.id());
            var actions = new HorizontalLayout(open);
            actions.setSpacing(false);
            actions.getStyle().set("gap", "var(--lumo-space-xs)");
            actions.setWrap(true);
            if (seesAll) {
                var match = new Button(getTranslation("requests.findAdvocates"), click -> getUI().ifPresent(ui ->
                        ui.navigate(MatchRequestView.class, new RouteParameters(MatchRequestView.REQUEST_ID, row.id().toString()))));
                match.addThemeVariants(ButtonVariant.LUMO_SMALL);
                match.setId("match-" + row.opportunityId());
                actions.add(match);
            }
            return actions;
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(query -> requests.page(user, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) requests.count(user, filter()));
        grid.setSizeFull();

        var fileNew = new Button(getTranslation("requests.new"), click -> getUI().ifPresent(ui -> ui.navigate(NewRequestView.class)));
        fileNew.setId("new-request");
        fileNew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var download = new Anchor(event -> {
            event.setFileName("reference-requests.csv");
            event.setContentType("text/csv;charset=UTF-8");
            export.write(user, event.getOutputStream());
        }, AttachmentType.DOWNLOAD, getTranslation("export.requests"));
        download.setId("requests-export");
        var header = new HorizontalLayout(new H2(getTranslation("requests.title")), fileNew, download);
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        add(header, filters(user, seesAll), count, grid);
    }

    private FlexLayout filters(SignedInUser user, boolean seesAll) {
        text.setId("filter-text");
        text.setLabel(getTranslation("requests.filter.text"));
        text.setPlaceholder(getTranslation("requests.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        progress.setId("filter-status");
        progress.setLabel(getTranslation("requests.filter.progress"));
        progress.setItems(RequestProgress.values());
        progress.setItemLabelGenerator(value -> Labels.of(this, value));
        progress.setClearButtonVisible(true);
        dealStage.setId("filter-stage");
        dealStage.setLabel(getTranslation("requests.filter.dealStage"));
        dealStage.setItems(DealStage.values());
        dealStage.setItemLabelGenerator(value -> Labels.of(this, value));
        dealStage.setClearButtonVisible(true);
        owner.setId("filter-owner");
        owner.setLabel(getTranslation("requests.filter.owner"));
        owner.setItems(requests.owners(user));
        owner.setClearButtonVisible(true);
        owner.setVisible(seesAll);
        var clear = new Button(getTranslation("requests.filter.clear"), click -> {
            applyingLocation = true;
            text.clear();
            progress.clear();
            dealStage.clear();
            owner.clear();
            applyingLocation = false;
            filtersChanged();
        });
        clear.setId("filter-clear");
        text.addValueChangeListener(change -> filtersChanged());
        progress.addValueChangeListener(change -> filtersChanged());
        dealStage.addValueChangeListener(change -> filtersChanged());
        owner.addValueChangeListener(change -> filtersChanged());
        var filters = new FlexLayout(text, progress, dealStage, owner, clear);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setWidthFull();
        return filters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        applyingLocation = true;
        text.setValue(first(parameters, TEXT).orElse(""));
        progress.setValue(parameters.getParameters().getOrDefault(STATUS, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .flatMap(value -> parse(RequestProgress.class, value).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestProgress.class))));
        dealStage.setValue(first(parameters, STAGE).flatMap(value -> parse(DealStage.class, value)).orElse(null));
        owner.setValue(first(parameters, OWNER).filter(value -> owner.getListDataView().contains(value)).orElse(null));
        applyingLocation = false;
        refresh();
    }

    private void filtersChanged() {
        if (applyingLocation) {
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(ROUTE, queryParameters())));
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("requests.queue.count", requests.count(SignedInUser.current(), filter())));
    }

    private RequestQueueFilter filter() {
        return new RequestQueueFilter(progress.getValue(), dealStage.getValue(), owner.getValue(), text.getValue());
    }

    private QueryParameters queryParameters() {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (!progress.getValue().isEmpty()) {
            parameters.put(STATUS, List.of(progress.getValue().stream().sorted().map(Enum::name)
                    .collect(Collectors.joining(","))));
        }
        Optional.ofNullable(dealStage.getValue()).ifPresent(stage -> parameters.put(STAGE, List.of(stage.name())));
        Optional.ofNullable(owner.getValue()).ifPresent(value -> parameters.put(OWNER, List.of(value)));
        if (!text.getValue().isBlank()) {
            parameters.put(TEXT, List.of(text.getValue().strip()));
        }
        return new QueryParameters(parameters);
    }

    private static Optional<String> first(QueryParameters parameters, String name) {
        return parameters.getParameters().getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank())
                .findFirst();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value.strip()))
                .findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title") + " | " + getTranslation("app.name");
    }
}
