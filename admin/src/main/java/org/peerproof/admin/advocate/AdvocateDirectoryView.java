package org.peerproof.admin.advocate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.peerproof.admin.program.AdvocateProgramPanels;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.InformalActivities;
import org.peerproof.domain.advocate.AdvocateDirectory;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.DirectoryExport;
import org.peerproof.domain.advocate.DirectoryFilter;
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
 */
@Route(AdvocateDirectoryView.ROUTE)
@RolesAllowed({Roles.CSM, Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class AdvocateDirectoryView extends VerticalLayout implements HasDynamicTitle {

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
        add(header, filterBar(directory.options(user)), grid());
        refresh();
    }

    /** The directory; clicking an advocate opens them, with the way to log an activity of theirs. */
    private Grid<DirectoryRow> grid() {
        grid.setId("directory-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        sortable(grid.addColumn(DirectoryRow::name), "directory.column.name", DirectorySort.Key.NAME);
        sortable(grid.addColumn(DirectoryRow::company), "directory.column.company", DirectorySort.Key.COMPANY);
        sortable(grid.addColumn(row -> Labels.of(this, row.industry())), "directory.column.industry",
                DirectorySort.Key.INDUSTRY);
        sortable(grid.addColumn(row -> Labels.of(this, row.region())), "directory.column.region", DirectorySort.Key.REGION);
        sortable(grid.addColumn(row -> row.tierName() == null ? "" : row.tierName()), "directory.column.tier",
                DirectorySort.Key.TIER);
        sortable(grid.addColumn(row -> Labels.of(this, row.status())), "directory.column.status",
                DirectorySort.Key.STATUS);
        grid.addColumn(DirectoryRow::asksThisQuarter).setHeader(getTranslation("directory.column.asks"));
        grid.addColumn(row -> row.utilizationPercent() == null ? ""
                : getTranslation("directory.utilization", row.utilizationPercent()))
                .setHeader(getTranslation("directory.column.utilization"));
        grid.addColumn(row -> Dates.date(row.lastUsedOn(), getLocale()))
                .setHeader(getTranslation("directory.column.lastUsed"));
        grid.addComponentColumn(this::badges).setHeader(getTranslation("directory.column.flags")).setAutoWidth(true);
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

    private void sortable(Grid.Column<DirectoryRow> column, String headerKey, DirectorySort.Key key) {
        column.setHeader(getTranslation(headerKey)).setSortProperty(key.name()).setAutoWidth(true);
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

    private FlexLayout filterBar(DirectoryOptions options) {
        var search = new TextField();
        search.setId("directory-search");
        search.setPlaceholder(getTranslation("directory.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(SEARCH_DELAY_MILLIS);
        onChange(search, value -> filter.withText(value));

        var industry = enumPicker("directory.filter.industry", Industry.values());
        onChange(industry, value -> filter.withIndustry(value));
        var region = enumPicker("directory.filter.region", Region.values());
        onChange(region, value -> filter.withRegion(value));
        var sizeBand = enumPicker("directory.filter.sizeBand", SizeBand.values());
        onChange(sizeBand, value -> filter.withSizeBand(value));
        var status = enumPicker("directory.filter.status", AdvocateStatus.values());
        onChange(status, value -> filter.withStatus(value));

        var tier = picker("directory.filter.tier", options.tiers(), DirectoryOptions.TierOption::name);
        onChange(tier, value -> filter.withTierRank(value == null ? null : value.rank()));
        var product = picker("directory.filter.product", options.products(), DirectoryOptions.Option::name);
        onChange(product, value -> filter.withProductId(value == null ? null : value.id()));
        var useCase = picker("directory.filter.useCase", options.useCases(), DirectoryOptions.Option::name);
        onChange(useCase, value -> filter.withUseCaseId(value == null ? null : value.id()));
        var language = picker("directory.filter.language", options.languages(),
                code -> Locale.of(code).getDisplayLanguage(getLocale()));
        onChange(language, value -> filter.withLanguage(value));

        var minAsks = new IntegerField(getTranslation("directory.filter.minAsks"));
        var maxAsks = new IntegerField(getTranslation("directory.filter.maxAsks"));
        for (var field : List.of(minAsks, maxAsks)) {
            field.setMin(0);
            field.setClearButtonVisible(true);
            onChange(field, ignored -> filter.withAsksThisQuarter(minAsks.getValue(), maxAsks.getValue()));
        }
        var usedAfter = new LocalizedDatePicker(getTranslation("directory.filter.lastUsedAfter"));
        var notUsedSince = new LocalizedDatePicker(getTranslation("directory.filter.lastUsedBefore"));
        for (var field : List.of(usedAfter, notUsedSince)) {
            field.setClearButtonVisible(true);
            onChange(field, ignored -> filter.withLastUsed(notUsedSince.getValue(), usedAfter.getValue()));
        }

        var availableNow = new Checkbox(getTranslation("directory.filter.availableNow"));
        onChange(availableNow, checked -> filter.withAvailableNow(checked));
        var burnout = new Checkbox(getTranslation("directory.filter.burnout"));
        onChange(burnout, checked -> filter.withBurnoutFlagged(checked ? true : null));
        var stale = new Checkbox(getTranslation("directory.filter.stale"));
        onChange(stale, checked -> filter.withStaleProfile(checked ? true : null));

        var bar = new FlexLayout(search, industry, region, sizeBand, status, tier, product, useCase, language, minAsks,
                maxAsks, usedAfter, notUsedSince, availableNow, burnout, stale);
        bar.setId("directory-filters");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        return bar;
    }

    /** Applies a changed filter field: the grid asks the database again for the count and the visible rows. */
    private <V> void onChange(HasValue<?, V> field, Function<V, DirectoryFilter> changedFilter) {
        field.addValueChangeListener(change -> {
            filter = changedFilter.apply(change.getValue());
            refresh();
        });
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("directory.count", directory.count(user, filter)));
    }

    @SafeVarargs
    private <E extends Enum<E>> ComboBox<E> enumPicker(String labelKey, E... values) {
        return picker(labelKey, List.of(values), value -> Labels.of(this, value));
    }

    private <T> ComboBox<T> picker(String labelKey, List<T> items,
                                   ItemLabelGenerator<T> label) {
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
