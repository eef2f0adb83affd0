package org.peerproof.admin.advocate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.peerproof.admin.program.AdvocateProgramPanels;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.InformalActivities;
import org.peerproof.domain.advocate.AdvocateDirectory;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.DirectoryExport;
import org.peerproof.domain.advocate.DirectoryFilter;
import org.peerproof.domain.advocate.DirectoryFilterParameters;
import org.peerproof.domain.advocate.DirectoryOptions;
import org.peerproof.domain.advocate.DirectoryRow;
import org.peerproof.domain.advocate.DirectorySort;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.LocalizedDatePicker;
import org.springframework.context.MessageSource;

/**
 * The staff advocate directory: a lazily loaded grid (the database filters, sorts and pages) under a filter bar.
 * Clicking a row opens the advocate's read-only detail. Customer success managers see their own accounts only.
 * The filters in force are kept in the URL's query parameters, so a filtered list can be bookmarked and shared.
 */
@Route(AdvocateDirectoryView.ROUTE)
@RolesAllowed({Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class AdvocateDirectoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "admin/advocates";
    private static final int SEARCH_DELAY_MILLIS = 400;
    private static final String CSV = "text/csv;charset=UTF-8";

    private final AdvocateDirectory directory;
    private final AdvocateProgramPanels programPanels;
    private final InformalActivities activities;
    private final MessageSource messages;
    private final Clock clock;
    private final SignedInUser user;
    private final Grid<DirectoryRow> grid = new Grid<>();
    private final Span total = new Span();
    private final DirectoryOptions options;
    /** The owner column and filter, shown only to staff who see more than one owner's accounts. */
    private final boolean severalOwners;
    private final FilterFields fields = new FilterFields();
    /** While fields are set from the URL, their change events must not each query and rewrite the URL. */
    private boolean restoring;
    /** Read by the export's download request too, which runs outside the UI lock. */
    private volatile DirectoryFilter filter = DirectoryFilter.NONE;

    public AdvocateDirectoryView(AdvocateDirectory directory, DirectoryExport export, AdvocateProgramPanels programPanels,
                                 InformalActivities activities, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.programPanels = programPanels;
        this.activities = activities;
        this.messages = messages;
        this.clock = clock;
        this.user = SignedInUser.current();
        setSizeFull();
        total.setId("directory-total");
        // The file holds every advocate of the filter in force when the link is clicked, not just the loaded rows.
        var download = new Anchor(event -> {
            event.setFileName("advocates.csv");
            event.setContentType(CSV);
            export.write(user, filter, List.of(), event.getOutputStream());
        }, AttachmentType.DOWNLOAD, getTranslation("export.directory"));
        download.setId("directory-export");
        var header = new HorizontalLayout(new H2(getTranslation("directory.title")), total, download);
        header.setAlignItems(Alignment.BASELINE);
        options = directory.options(user);
        severalOwners = options.relationshipOwners().size() > 1;
        add(header, filterBar(), grid());
    }

    /** Restores the filters a shared or reloaded link carries. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var fromUrl = DirectoryFilterParameters.filter(event.getLocation().getQueryParameters().getParameters());
        restoring = true;
        try {
            fields.show(fromUrl, options);
        } finally {
            restoring = false;
        }
        filter = fields.read();
        refresh();
    }

    /** The directory; clicking an advocate opens them, with the way to log an activity of theirs. */
    private Grid<DirectoryRow> grid() {
        grid.setId("directory-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        // Text columns share the room left and wrap; figures take the width of their header or content, so on a
        // laptop (1440 px) no header or figure is cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        flexible(grid.addColumn(DirectoryRow::name), "directory.column.name", DirectorySort.Key.NAME, 2);
        flexible(grid.addColumn(DirectoryRow::company), "directory.column.company", DirectorySort.Key.COMPANY, 2);
        flexible(grid.addColumn(row -> Labels.of(this, row.industry())), "directory.column.industry",
                DirectorySort.Key.INDUSTRY, 1);
        flexible(grid.addColumn(row -> Labels.of(this, row.region())), "directory.column.region",
                DirectorySort.Key.REGION, 1);
        flexible(grid.addColumn(row -> row.tierName() == null ? "" : row.tierName()), "directory.column.tier",
                DirectorySort.Key.TIER, 1);
        flexible(grid.addColumn(row -> Labels.of(this, row.status())), "directory.column.status",
                DirectorySort.Key.STATUS, 1);
        if (severalOwners) {
            // An email address has no place to wrap: the column takes its width.
            fitted(grid.addColumn(row -> row.relationshipOwner() == null ? "" : row.relationshipOwner()),
                    "directory.column.owner").setSortProperty(DirectorySort.Key.OWNER.name())
                    .setId("directory-owner-column");
        }
        fitted(grid.addColumn(DirectoryRow::asksThisQuarter), "directory.column.asks")
                .setTextAlign(ColumnTextAlign.END);
        fitted(grid.addColumn(row -> row.utilizationPercent() == null ? ""
                : getTranslation("directory.utilization", row.utilizationPercent())), "directory.column.utilization")
                .setTextAlign(ColumnTextAlign.END);
        fitted(grid.addColumn(row -> Dates.date(row.lastUsedOn(), getLocale())), "directory.column.lastUsed");
        // Auto width measures the first rows only; badges of later rows wrap instead of being cut.
        grid.addComponentColumn(this::badges).setHeader(getTranslation("directory.column.flags")).setWidth("9rem")
                .setFlexGrow(1);
        grid.setMultiSort(true);
        grid.setItems(
                query -> directory.page(user, filter, query.getOffset(), query.getLimit(), sorts(query.getSortOrders()))
                        .stream(),
                query -> directory.count(user, filter));
        grid.addItemClickListener(click -> openDetail(click.getItem().id()));
        return grid;
    }

    private void openDetail(Long advocateId) {
        var advocate = directory.detail(user, advocateId);
        var dialog = new AdvocateDetailDialog(advocate, () -> new LogActivityDialog(advocate.id(), advocate.name(),
                LocalDate.now(clock.withZone(ZoneId.of(advocate.timeZone()))), activities, messages).open());
        dialog.showProgram(programPanels.forAdvocate(user, advocateId, () -> {
            // A program action changed the advocate: show them afresh.
            dialog.close();
            grid.getDataProvider().refreshAll();
            openDetail(advocateId);
        }));
        dialog.open();
    }

    private Grid.Column<DirectoryRow> flexible(Grid.Column<DirectoryRow> column, String headerKey,
                                               DirectorySort.Key key, int flexGrow) {
        return column.setHeader(getTranslation(headerKey)).setSortProperty(key.name()).setWidth("8rem")
                .setFlexGrow(flexGrow);
    }

    private Grid.Column<DirectoryRow> fitted(Grid.Column<DirectoryRow> column, String headerKey) {
        return column.setHeader(getTranslation(headerKey)).setAutoWidth(true).setFlexGrow(0);
    }

    private static List<DirectorySort> sorts(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(order -> new DirectorySort(DirectorySort.Key.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    private Component badges(DirectoryRow row) {
        var badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.setWrap(true);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        if (row.burnoutFlagged()) {
            badges.add(badge("directory.badge.burnout", "badge error"));
        }
        if (row.profileStale()) {
            badges.add(badge("directory.badge.stale", "badge contrast"));
        }
        return badges;
    }

    private Span badge(String labelKey, String theme) {
        var badge = new Span(getTranslation(labelKey));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private FlexLayout filterBar() {
        var bar = fields.create(options);
        if (!severalOwners) {
            fields.owner.setVisible(false);
        }
        fields.all().forEach(field -> field.addValueChangeListener(change -> {
            if (!restoring) {
                filter = fields.read();
                refresh();
                keepInUrl();
            }
        }));
        bar.setId("directory-filters");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        return bar;
    }

    /** Writes the filters in force into the address bar, without a new navigation or history entry. */
    private void keepInUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ROUTE, new QueryParameters(DirectoryFilterParameters.of(filter)))));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("directory.count", directory.count(user, filter)));
    }

    /** The filter bar's fields: reads the filter they describe and shows a filter in them. */
    private final class FilterFields {

        private final TextField search = new TextField();
        private final ComboBox<Industry> industry = enumPicker("directory.filter.industry", Industry.values());
        private final ComboBox<Region> region = enumPicker("directory.filter.region", Region.values());
        private final MultiSelectComboBox<SizeBand> sizeBands =
                enumMultiPicker("directory.filter.sizeBand", SizeBand.values());
        private final ComboBox<AdvocateStatus> status = enumPicker("directory.filter.status", AdvocateStatus.values());
        private final MultiSelectComboBox<ActivityTypeCode> willingFor =
                enumMultiPicker("directory.filter.willingFor", ActivityTypeCode.values());
        private ComboBox<DirectoryOptions.TierOption> tier;
        private ComboBox<DirectoryOptions.Option> product;
        private ComboBox<DirectoryOptions.Option> useCase;
        private ComboBox<String> language;
        private ComboBox<String> owner;
        private final IntegerField minAsks = new IntegerField(getTranslation("directory.filter.minAsks"));
        private final IntegerField maxAsks = new IntegerField(getTranslation("directory.filter.maxAsks"));
        private final LocalizedDatePicker usedAfter =
                new LocalizedDatePicker(getTranslation("directory.filter.lastUsedAfter"));
        private final LocalizedDatePicker notUsedSince =
                new LocalizedDatePicker(getTranslation("directory.filter.lastUsedBefore"));
        private final Checkbox availableNow = new Checkbox(getTranslation("directory.filter.availableNow"));
        private final Checkbox burnout = new Checkbox(getTranslation("directory.filter.burnout"));
        private final Checkbox stale = new Checkbox(getTranslation("directory.filter.stale"));

        FlexLayout create(DirectoryOptions options) {
            search.setId("directory-search");
            search.setPlaceholder(getTranslation("directory.filter.search"));
            search.setClearButtonVisible(true);
            search.setValueChangeMode(ValueChangeMode.TIMEOUT);
            search.setValueChangeTimeout(SEARCH_DELAY_MILLIS);
            sizeBands.setId("directory-size-bands");
            willingFor.setId("directory-willing-for");
            tier = picker("directory.filter.tier", options.tiers(), DirectoryOptions.TierOption::name);
            product = picker("directory.filter.product", options.products(), DirectoryOptions.Option::name);
            useCase = picker("directory.filter.useCase", options.useCases(), DirectoryOptions.Option::name);
            language = picker("directory.filter.language", options.languages(),
                    code -> Locale.of(code).getDisplayLanguage(getLocale()));
            owner = picker("directory.filter.owner", options.relationshipOwners(), email -> email);
            owner.setId("directory-owner");
            for (var field : List.of(minAsks, maxAsks)) {
                field.setMin(0);
                field.setClearButtonVisible(true);
            }
            usedAfter.setClearButtonVisible(true);
            notUsedSince.setClearButtonVisible(true);
            return new FlexLayout(search, industry, region, sizeBands, status, tier, product, useCase, language,
                    willingFor, owner, minAsks, maxAsks, usedAfter, notUsedSince, availableNow, burnout, stale);
        }

        List<HasValue<?, ?>> all() {
            return List.of(search, industry, region, sizeBands, status, tier, product, useCase, language, willingFor,
                    owner, minAsks, maxAsks, usedAfter, notUsedSince, availableNow, burnout, stale);
        }

        DirectoryFilter read() {
            return DirectoryFilter.NONE
                    .withText(search.getValue())
                    .withIndustry(industry.getValue())
                    .withRegion(region.getValue())
                    .withSizeBands(sizeBands.getSelectedItems())
                    .withStatus(status.getValue())
                    .withTierRank(tier.getValue() == null ? null : tier.getValue().rank())
                    .withProductId(product.getValue() == null ? null : product.getValue().id())
                    .withUseCaseId(useCase.getValue() == null ? null : useCase.getValue().id())
                    .withLanguage(language.getValue())
                    .withWillingFor(willingFor.getSelectedItems())
                    .withRelationshipOwner(owner.getValue())
                    .withAsksThisQuarter(minAsks.getValue(), maxAsks.getValue())
                    .withLastUsed(notUsedSince.getValue(), usedAfter.getValue())
                    .withAvailableNow(availableNow.getValue())
                    .withBurnoutFlagged(burnout.getValue() ? true : null)
                    .withStaleProfile(stale.getValue() ? true : null);
        }

        /** Shows {@code shown}; a value the pickers do not offer (an outdated link) is left out. */
        void show(DirectoryFilter shown, DirectoryOptions options) {
            search.setValue(shown.text() == null ? "" : shown.text());
            industry.setValue(shown.industry());
            region.setValue(shown.region());
            sizeBands.setValue(shown.sizeBands());
            status.setValue(shown.status());
            tier.setValue(options.tiers().stream()
                    .filter(option -> Objects.equals(option.rank(), shown.tierRank())).findFirst().orElse(null));
            product.setValue(options.products().stream()
                    .filter(option -> option.id().equals(shown.productId())).findFirst().orElse(null));
            useCase.setValue(options.useCases().stream()
                    .filter(option -> option.id().equals(shown.useCaseId())).findFirst().orElse(null));
            language.setValue(options.languages().contains(shown.language()) ? shown.language() : null);
            willingFor.setValue(shown.willingFor());
            owner.setValue(options.relationshipOwners().stream()
                    .filter(email -> email.equalsIgnoreCase(shown.relationshipOwner())).findFirst().orElse(null));
            minAsks.setValue(shown.minAsksThisQuarter());
            maxAsks.setValue(shown.maxAsksThisQuarter());
            usedAfter.setValue(shown.lastUsedAfter());
            notUsedSince.setValue(shown.lastUsedBefore());
            availableNow.setValue(shown.availableNow());
            burnout.setValue(Boolean.TRUE.equals(shown.burnoutFlagged()));
            stale.setValue(Boolean.TRUE.equals(shown.staleProfile()));
        }
    }

    @SafeVarargs
    private <E extends Enum<E>> ComboBox<E> enumPicker(String labelKey, E... values) {
        return picker(labelKey, List.of(values), value -> Labels.of(this, value));
    }

    @SafeVarargs
    private <E extends Enum<E>> MultiSelectComboBox<E> enumMultiPicker(String labelKey, E... values) {
        var picker = new MultiSelectComboBox<E>(getTranslation(labelKey), List.of(values));
        picker.setItemLabelGenerator(value -> Labels.of(this, value));
        picker.setClearButtonVisible(true);
        return picker;
    }

    private <T> ComboBox<T> picker(String labelKey, List<T> items, ItemLabelGenerator<T> label) {
        var picker = new ComboBox<T>(getTranslation(labelKey), items);
        picker.setItemLabelGenerator(label);
        picker.setClearButtonVisible(true);
        return picker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title") + " | " + getTranslation("app.name");
    }
}
