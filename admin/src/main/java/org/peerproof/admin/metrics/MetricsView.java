package org.peerproof.admin.metrics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.peerproof.admin.metrics.Chart.Kind;
import org.peerproof.admin.metrics.Chart.Series;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.advocate.DirectoryOptions;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.metrics.MetricsFilter;
import org.peerproof.domain.metrics.MetricsPeriod;
import org.peerproof.domain.metrics.MetricsReport.BurnoutRow;
import org.peerproof.domain.metrics.MetricsReport.StaleProfile;
import org.peerproof.domain.metrics.MetricsReport;
import org.peerproof.domain.metrics.ProgramMetrics;
import org.peerproof.domain.metrics.Ratio;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.LocalizedDatePicker;

/**
 * The program metrics dashboard (rules 2, 8 and 9) for program managers and admins: a filter bar (period preset or
 * custom days, region, product), then one card per figure with its key numbers, a chart or list and a CSV export
 * of the figure's numbers. Cards flow into as many columns as the screen holds, one on a phone.
 */
@Route(MetricsView.ROUTE)
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
@StyleSheet("metrics-dashboard.css")
public class MetricsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/metrics";

    private static final String PRIMARY = "#1676f3";
    private static final String SECONDARY = "#a3b4c8";
    private static final String ALERT = "#e2622b";

    private final transient ProgramMetrics metrics;
    private final SignedInUser user;
    private final Select<MetricsPeriod> period = new Select<>();
    private final DatePicker from = new LocalizedDatePicker();
    private final DatePicker to = new LocalizedDatePicker();
    private final ComboBox<Region> region = new ComboBox<>();
    private final ComboBox<DirectoryOptions.Option> product = new ComboBox<>();
    private final Div cards = new Div();
    private boolean applyingPreset;

    public MetricsView(ProgramMetrics metrics) {
        this.metrics = metrics;
        this.user = SignedInUser.current();
        addClassName("metrics-view");
        cards.addClassName("metrics-cards");
        cards.setId("metrics-cards");
        add(new H2(getTranslation("metrics.title")), filterBar(), cards);
        applyPreset(MetricsPeriod.DEFAULT);
    }

    private Component filterBar() {
        period.setId("metrics-period");
        period.setLabel(getTranslation("metrics.filter.period"));
        period.setItems(MetricsPeriod.values());
        period.setItemLabelGenerator(value -> Labels.of(this, value));
        period.addValueChangeListener(event -> {
            if (!applyingPreset && event.getValue() != null && event.getValue() != MetricsPeriod.CUSTOM) {
                applyPreset(event.getValue());
            }
        });
        from.setId("metrics-from");
        from.setLabel(getTranslation("metrics.filter.from"));
        to.setId("metrics-to");
        to.setLabel(getTranslation("metrics.filter.to"));
        from.addValueChangeListener(event -> customDays());
        to.addValueChangeListener(event -> customDays());

        region.setId("metrics-region");
        region.setLabel(getTranslation("metrics.filter.region"));
        region.setPlaceholder(getTranslation("metrics.filter.allRegions"));
        region.setClearButtonVisible(true);
        region.setItems(Region.values());
        region.setItemLabelGenerator(value -> Labels.of(this, value));
        region.addValueChangeListener(event -> refresh());

        product.setId("metrics-product");
        product.setLabel(getTranslation("metrics.filter.product"));
        product.setPlaceholder(getTranslation("metrics.filter.allProducts"));
        product.setClearButtonVisible(true);
        product.setItems(metrics.productOptions(user));
        product.setItemLabelGenerator(DirectoryOptions.Option::name);
        product.addValueChangeListener(event -> refresh());

        var bar = new FlexLayout(period, from, to, region, product);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.addClassName("metrics-filters");
        return bar;
    }

    private void applyPreset(MetricsPeriod preset) {
        var days = preset.endingOn(metrics.today());
        applyingPreset = true;
        period.setValue(preset);
        from.setValue(days.start());
        to.setValue(days.end());
        applyingPreset = false;
        refresh();
    }

    /** Picking days by hand makes the period custom. */
    private void customDays() {
        if (applyingPreset) {
            return;
        }
        from.setMax(to.getValue());
        to.setMin(from.getValue());
        period.setValue(MetricsPeriod.CUSTOM);
        refresh();
    }

    private void refresh() {
        if (applyingPreset || from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return;
        }
        var filter = new MetricsFilter(from.getValue(), to.getValue(), region.getValue(),
                product.getValue() == null ? null : product.getValue().id());
        var report = metrics.report(user, filter);
        cards.removeAll();
        cards.add(availability(report), timeToMatch(report), callToClose(report), nps(report), revenue(report),
                usage(report), stages(report), burnout(report), stale(report));
    }

    // ---- cards -------------------------------------------------------------------------------------

    private Component availability(MetricsReport report) {
        var availability = report.availability();
        var card = card("availability", getTranslation("metrics.availability.title", availability.windowHours()));
        var kpi = kpi(percent(availability.overall()), getTranslation("metrics.availability.detail",
                availability.overall().part(), availability.overall().whole(), availability.windowHours(),
                percent(MetricsReport.AVAILABILITY_GOAL)));
        kpi.getElement().setAttribute("data-goal-met", String.valueOf(availability.meetsGoal()));
        kpi.addClassName(availability.meetsGoal() ? "goal-met" : "goal-missed");
        var months = availability.months();
        var chart = new Chart("chart-availability", card.title);
        chart.show(Kind.LINE, months.stream().map(month -> month(month.month())).toList(), List.of(
                new Series(getTranslation("metrics.availability.series"),
                        months.stream().map(month -> percentValue(month.ratio())).toList(), PRIMARY),
                new Series(getTranslation("metrics.availability.goal"),
                        months.stream().map(month -> MetricsReport.AVAILABILITY_GOAL * 100).toList(), ALERT)), true);
        return card.with(kpi, chart, csv("availability",
                List.of("metrics.csv.month", "metrics.csv.requests", "metrics.csv.matchedInWindow", "metrics.csv.percent"),
                months.stream().map(month -> List.<Object>of(month.month(), month.ratio().whole(), month.ratio().part(),
                        csvNumber(percentValue(month.ratio())))).toList()));
    }

    private Component timeToMatch(MetricsReport report) {
        var timeToMatch = report.timeToMatch();
        var card = card("time-to-match", getTranslation("metrics.timeToMatch.title"));
        var kpi = kpi(hours(timeToMatch.medianHours()), getTranslation("metrics.timeToMatch.detail",
                hours(timeToMatch.averageHours()), timeToMatch.matchedRequests()));
        var labels = timeToMatch.buckets().stream().map(bucket -> bucket.toHours() == null
                ? getTranslation("metrics.timeToMatch.bandOpen", bucket.fromHours())
                : getTranslation("metrics.timeToMatch.band", bucket.fromHours(), bucket.toHours())).toList();
        var chart = new Chart("chart-time-to-match", card.title);
        chart.show(Kind.BAR, labels, List.of(new Series(getTranslation("metrics.csv.requests"),
                timeToMatch.buckets().stream().map(MetricsReport.HoursBucket::requests).toList(), PRIMARY)), false);
        return card.with(kpi, chart, csv("time-to-match",
                List.of("metrics.csv.fromHours", "metrics.csv.toHours", "metrics.csv.requests"),
                timeToMatch.buckets().stream().map(bucket -> List.<Object>of(bucket.fromHours(),
                        bucket.toHours() == null ? "" : bucket.toHours(), bucket.requests())).toList()));
    }

    private Component callToClose(MetricsReport report) {
        var with = report.callToClose().withReference();
        var without = report.callToClose().withoutReference();
        var card = card("call-to-close", getTranslation("metrics.callToClose.title"));
        var kpi = kpi(percent(with.winRate()) + " / " + percent(without.winRate()),
                getTranslation("metrics.callToClose.detail", days(with.averageCycleDays()),
                        days(without.averageCycleDays())));
        var groups = List.of(getTranslation("metrics.callToClose.with"), getTranslation("metrics.callToClose.without"));
        var chart = new Chart("chart-call-to-close", card.title);
        chart.show(Kind.BAR, groups, List.of(new Series(getTranslation("metrics.csv.winRate"),
                List.of(percentValue(with.winRate()), percentValue(without.winRate())), PRIMARY)), true);
        return card.with(kpi, chart, csv("call-to-close",
                List.of("metrics.csv.group", "metrics.csv.won", "metrics.csv.lost", "metrics.csv.winRate",
                        "metrics.csv.averageCycleDays"),
                List.of(List.of(groups.get(0), with.won(), with.lost(), csvNumber(percentValue(with.winRate())),
                                csvNumber(with.averageCycleDays())),
                        List.of(groups.get(1), without.won(), without.lost(),
                                csvNumber(percentValue(without.winRate())), csvNumber(without.averageCycleDays())))));
    }

    private Component nps(MetricsReport report) {
        var nps = report.nps();
        var card = card("nps", getTranslation("metrics.nps.title"));
        var kpi = kpi(score(nps.reference().score()) + " / " + score(nps.overallNps()),
                getTranslation("metrics.nps.detail", nps.reference().responses(), nps.accountsScored()));
        var labels = List.of(getTranslation("metrics.nps.reference"), getTranslation("metrics.nps.overall"));
        var chart = new Chart("chart-nps", card.title);
        chart.show(Kind.BAR, labels, List.of(new Series(getTranslation("metrics.csv.score"),
                List.of(orNull(nps.reference().score()), orNull(nps.overallNps())), PRIMARY)), false);
        var tally = nps.reference();
        return card.with(kpi, chart, csv("nps",
                List.of("metrics.csv.measure", "metrics.csv.score", "metrics.csv.responses", "metrics.csv.promoters",
                        "metrics.csv.passives", "metrics.csv.detractors"),
                List.of(List.of(labels.get(0), csvNumber(tally.score()), tally.responses(), tally.promoters(),
                                tally.passives(), tally.detractors()),
                        List.of(labels.get(1), csvNumber(nps.overallNps()), nps.accountsScored(), "", "", ""))));
    }

    private Component revenue(MetricsReport report) {
        var revenue = report.revenue();
        var card = card("revenue", getTranslation("metrics.revenue.title"));
        var kpi = kpi(money(revenue.total(), revenue.currency()), getTranslation("metrics.revenue.detail",
                revenue.months().stream().mapToLong(MetricsReport.MonthlyAmount::deals).sum()));
        var chart = new Chart("chart-revenue", card.title);
        var granularity = new RadioButtonGroup<String>();
        granularity.setId("revenue-granularity");
        granularity.setItems("metrics.revenue.byMonth", "metrics.revenue.byQuarter");
        granularity.setItemLabelGenerator(this::getTranslation);
        granularity.addValueChangeListener(event -> {
            var series = getTranslation("metrics.revenue.amountIn", revenue.currency().getCurrencyCode());
            if ("metrics.revenue.byQuarter".equals(event.getValue())) {
                chart.show(Kind.BAR, revenue.quarters().stream().map(q -> quarter(q.quarter())).toList(),
                        List.of(new Series(series, revenue.quarters().stream().map(q -> q.amount()).toList(), PRIMARY)),
                        false);
            } else {
                chart.show(Kind.BAR, revenue.months().stream().map(m -> month(m.month())).toList(),
                        List.of(new Series(series, revenue.months().stream().map(m -> m.amount()).toList(), PRIMARY)),
                        false);
            }
        });
        granularity.setValue("metrics.revenue.byMonth");
        return card.with(kpi, granularity, chart, csv("influenced-revenue",
                List.of("metrics.csv.month", "metrics.csv.quarter", "metrics.csv.amount", "metrics.csv.currency",
                        "metrics.csv.deals"),
                revenue.months().stream().map(month -> List.<Object>of(month.month(),
                        Quarter.of(month.month().atDay(1)), month.amount().toPlainString(),
                        revenue.currency().getCurrencyCode(), month.deals())).toList()));
    }

    private Component usage(MetricsReport report) {
        var usage = report.usage();
        var card = card("usage", getTranslation("metrics.usage.title"));
        var kpi = kpi(decimal(usage.gini()), getTranslation("metrics.usage.detail", usage.asks(), usage.advocates(),
                usage.maxAsks(), decimal(usage.medianAsks()), decimal(usage.maxToMedian())));
        var chart = new Chart("chart-usage", card.title);
        chart.show(Kind.BAR, usage.histogram().stream().map(bucket -> String.valueOf(bucket.asks())).toList(),
                List.of(new Series(getTranslation("metrics.csv.advocates"),
                        usage.histogram().stream().map(MetricsReport.UsageBucket::advocates).toList(), PRIMARY)), false);
        return card.with(kpi, chart, csv("usage", List.of("metrics.csv.asksPerAdvocate", "metrics.csv.advocates"),
                usage.histogram().stream().map(bucket -> List.<Object>of(bucket.asks(), bucket.advocates())).toList()));
    }

    private Component stages(MetricsReport report) {
        var card = card("stages", getTranslation("metrics.stages.title"));
        var total = report.stages().stream().mapToLong(MetricsReport.StageCount::requests).sum();
        var kpi = kpi(String.valueOf(total), getTranslation("metrics.stages.detail"));
        var labels = report.stages().stream().map(stage -> Labels.of(this, stage.stage())).toList();
        var chart = new Chart("chart-stages", card.title);
        chart.show(Kind.BAR, labels, List.of(new Series(getTranslation("metrics.csv.requests"),
                report.stages().stream().map(MetricsReport.StageCount::requests).toList(), SECONDARY)), false);
        return card.with(kpi, chart, csv("requests-by-stage", List.of("metrics.csv.stage", "metrics.csv.requests"),
                report.stages().stream().map(stage -> List.<Object>of(stage.stage().name(), stage.requests())).toList()));
    }

    private Component burnout(MetricsReport report) {
        var card = card("burnout", getTranslation("metrics.burnout.title"));
        var kpi = kpi(String.valueOf(report.burnout().size()), getTranslation("metrics.burnout.detail"));
        var grid = new Grid<BurnoutRow>();
        grid.setId("burnout-list");
        column(grid.addColumn(BurnoutRow::name), "metrics.column.advocate");
        column(grid.addColumn(BurnoutRow::company), "metrics.column.company");
        column(grid.addColumn(BurnoutRow::asksInRollingQuarter), "metrics.column.asksInRollingQuarter");
        column(grid.addColumn(BurnoutRow::declineStreak), "metrics.column.declineStreak");
        grid.setItems(report.burnout());
        grid.setAllRowsVisible(report.burnout().size() <= 8);
        return card.with(kpi, grid, csv("burnout",
                List.of("metrics.column.advocate", "metrics.column.company", "metrics.column.asksInRollingQuarter",
                        "metrics.column.declineStreak", "metrics.column.triggers"),
                report.burnout().stream().map(row -> List.<Object>of(row.name(), row.company(),
                        row.asksInRollingQuarter(), row.declineStreak(),
                        row.triggers().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")))).toList()));
    }

    private Component stale(MetricsReport report) {
        var stale = report.staleProfiles();
        var card = card("stale", getTranslation("metrics.stale.title"));
        var kpi = kpi(String.valueOf(stale.count()), getTranslation("metrics.stale.detail", stale.oldest().size()));
        var grid = new Grid<StaleProfile>();
        grid.setId("stale-list");
        column(grid.addColumn(StaleProfile::name), "metrics.column.advocate");
        column(grid.addColumn(StaleProfile::company), "metrics.column.company");
        column(grid.addColumn(row -> row.lastReviewedOn() == null ? getTranslation("metrics.stale.never")
                : Dates.date(row.lastReviewedOn(), getLocale())), "metrics.column.lastReviewed");
        grid.setItems(stale.oldest());
        return card.with(kpi, grid, csv("stale-profiles",
                List.of("metrics.column.advocate", "metrics.column.company", "metrics.column.lastReviewed"),
                stale.oldest().stream().map(row -> List.<Object>of(row.name(), row.company(),
                        row.lastReviewedOn() == null ? "" : row.lastReviewedOn())).toList()));
    }

    // ---- building blocks ---------------------------------------------------------------------------

    private record Card(Div root, String title) {
        Component with(Component... content) {
            root.add(content);
            return root;
        }
    }

    private Card card(String name, String title) {
        var root = new Div();
        root.setId("metric-" + name);
        root.addClassName("metrics-card");
        root.add(new H3(title));
        return new Card(root, title);
    }

    private Div kpi(String value, String detail) {
        var number = new Span(value);
        number.addClassName("metrics-kpi-value");
        var explanation = new Span(detail);
        explanation.addClassName("metrics-kpi-detail");
        var kpi = new Div(number, explanation);
        kpi.addClassName("metrics-kpi");
        return kpi;
    }

    /**
     * Sized to its content, and the header wraps instead of being cut: a long translated heading such as "Asks in
     * the rolling quarter" stays readable in a narrow card.
     */
    private <T> void column(Grid.Column<T> column, String headerKey) {
        var header = new Span(getTranslation(headerKey));
        header.getStyle().set("white-space", "normal");
        column.setHeader(header).setAutoWidth(true).setFlexGrow(1);
    }

    private Anchor csv(String name, List<String> headerKeys, List<List<Object>> rows) {
        var headers = headerKeys.stream().map(this::getTranslation).toList();
        var fileName = "peerproof-" + name + "-" + from.getValue() + "-" + to.getValue() + ".csv";
        var link = new Anchor(new CsvDownload(fileName, headers, rows), getTranslation("metrics.csv.download"));
        link.setId("csv-" + name);
        link.addClassName("metrics-csv");
        return link;
    }

    // ---- number formats ----------------------------------------------------------------------------

    private String percent(Ratio ratio) {
        return ratio.fraction().isPresent() ? percent(ratio.fraction().getAsDouble()) : getTranslation("metrics.noData");
    }

    private String percent(double fraction) {
        var format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(0);
        return format.format(fraction);
    }

    private static Double percentValue(Ratio ratio) {
        return ratio.fraction().isPresent() ? Math.round(ratio.fraction().getAsDouble() * 1000) / 10.0 : null;
    }

    private String hours(OptionalDouble value) {
        return value.isPresent() ? getTranslation("metrics.hours", decimal(value)) : getTranslation("metrics.noData");
    }

    private String days(OptionalDouble value) {
        return value.isPresent() ? decimal(value) : getTranslation("metrics.noData");
    }

    private String score(OptionalDouble value) {
        if (value.isEmpty()) {
            return getTranslation("metrics.noData");
        }
        var format = NumberFormat.getIntegerInstance(getLocale());
        return (value.getAsDouble() > 0 ? "+" : "") + format.format(Math.round(value.getAsDouble()));
    }

    private String decimal(OptionalDouble value) {
        if (value.isEmpty()) {
            return getTranslation("metrics.noData");
        }
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(value.getAsDouble());
    }

    /** The amount in the program's currency, written as the reader writes money (symbol, grouping, no cents). */
    private String money(BigDecimal amount, Currency currency) {
        var format = NumberFormat.getCurrencyInstance(getLocale());
        format.setCurrency(currency);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** A month as the reader names it: "Jan 2026", "Jan. 2026", "2026年1月". */
    private String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(getLocale()));
    }

    /** A calendar quarter as the reader names it: "Q1 2026", "T1 2026", "2026/Q1". */
    private String quarter(Quarter quarter) {
        return quarter.firstDay().format(DateTimeFormatter.ofLocalizedPattern("yQQQ").withLocale(getLocale()));
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** Plain digits with a dot, as spreadsheets read CSV; empty for no data. */
    private static String csvNumber(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String csvNumber(OptionalDouble value) {
        return value.isPresent() ? csvNumber(Math.round(value.getAsDouble() * 100) / 100.0) : "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("metrics.title") + " | " + getTranslation("app.name");
    }
}
