package org.sangsaeng.statistics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.statistics.MonthlyReports;
import org.sangsaeng.statistics.Statistics;
import org.sangsaeng.statistics.StatisticsCharts;
import org.sangsaeng.statistics.StatisticsFilter;
import org.sangsaeng.statistics.StatisticsService;
import org.sangsaeng.ui.Feedback;

/**
 * The statistics dashboard for the foundation, admins and co-op leaders: figures, charts and stuck
 * work by market, co-op and period, and a co-op's monthly report to download. The services decide
 * who sees what; this page only shows it.
 *
 * <p>Longer than our 300 lines because Vaadin lays a page out in code: the filters, eight figure
 * cards and four lists, each a few lines of layout; the figures come computed from the services.
 */
@Route("statistics")
@PermitAll
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    /** A market as the filter offers it, taken from the co-ops the person may see. */
    record Market(long id, String name) {}

    private final StatisticsService statistics;
    private final StatisticsCharts charts;
    private final MonthlyReports reports;
    private final Feedback feedback;
    private final Select<Market> market = new Select<>();
    private final Select<CoopSummary> coop = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<YearMonth> month = new Select<>();
    private final Anchor download = new Anchor();
    private final Div figures = new Div();
    private List<CoopSummary> visible = List.of();

    public StatisticsView(
            StatisticsService statistics,
            StatisticsCharts charts,
            MonthlyReports reports,
            Feedback feedback) {
        this.statistics = statistics;
        this.charts = charts;
        this.reports = reports;
        this.feedback = feedback;
        addClassName("statistics-view");
        add(new H2(getTranslation("stats.nav")));
        List<CoopSummary> coops = feedback.attempt(statistics::visibleCoops);
        if (coops == null) {
            return;
        }
        visible = coops;
        add(filters(), reportBar(), figures);
        figures.setWidthFull();
        refresh();
    }

    private Component filters() {
        market.setLabel(getTranslation("stats.view.market"));
        market.setItems(
                visible.stream()
                        .map(c -> new Market(c.marketId(), c.marketName()))
                        .distinct()
                        .toList());
        market.setEmptySelectionAllowed(true);
        market.setEmptySelectionCaption(getTranslation("tasks.filter.all"));
        market.setItemLabelGenerator(
                m -> m == null ? getTranslation("tasks.filter.all") : m.name());
        market.setId("stats-market");
        coop.setLabel(getTranslation("membership.coop"));
        coop.setItems(visible);
        coop.setEmptySelectionAllowed(true);
        coop.setEmptySelectionCaption(getTranslation("tasks.filter.all"));
        coop.setItemLabelGenerator(c -> c == null ? getTranslation("tasks.filter.all") : c.name());
        coop.setId("stats-coop");
        if (visible.size() == 1) {
            coop.setValue(visible.getFirst());
        }
        LocalDate today = statistics.today();
        from.setLabel(getTranslation("stats.view.from"));
        from.setValue(today.minusDays(StatisticsFilter.DEFAULT_DAYS - 1L));
        from.setId("stats-from");
        to.setLabel(getTranslation("stats.view.to"));
        to.setValue(today);
        to.setId("stats-to");
        market.addValueChangeListener(
                e -> {
                    if (e.getValue() != null
                            && coop.getValue() != null
                            && coop.getValue().marketId() != e.getValue().id()) {
                        coop.clear();
                    }
                    refresh();
                });
        coop.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Button last30 = new Button(getTranslation("stats.view.days", 30), e -> lastDays(today, 30));
        Button last90 = new Button(getTranslation("stats.view.days", 90), e -> lastDays(today, 90));
        HorizontalLayout filters = new HorizontalLayout(market, coop, from, to, last30, last90);
        filters.setWrap(true);
        filters.addClassName("filters");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private void lastDays(LocalDate today, int days) {
        StatisticsFilter period = StatisticsFilter.lastDays(null, null, today, days);
        to.setValue(period.to());
        from.setValue(period.from());
    }

    /** The month to report on (never one still to come) and the download, for one co-op. */
    private Component reportBar() {
        YearMonth current = YearMonth.from(statistics.today());
        month.setLabel(getTranslation("stats.view.month"));
        month.setItems(Stream.iterate(current, m -> m.minusMonths(1)).limit(24).toList());
        month.setValue(current.minusMonths(1));
        month.setId("stats-month");
        month.addValueChangeListener(e -> updateDownload());
        download.setText(getTranslation("stats.view.download"));
        download.setId("stats-report");
        download.addClassName("stats-download");
        HorizontalLayout bar = new HorizontalLayout(month, download);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        coop.addValueChangeListener(e -> bar.setVisible(e.getValue() != null));
        bar.setVisible(coop.getValue() != null);
        updateDownload();
        coop.addValueChangeListener(e -> updateDownload());
        return bar;
    }

    private void updateDownload() {
        CoopSummary chosen = coop.getValue();
        YearMonth chosenMonth = month.getValue();
        if (chosen == null || chosenMonth == null) {
            return;
        }
        Locale locale = getLocale();
        download.setHref(
                (DownloadHandler)
                        event -> {
                            MonthlyReports.MonthlyReport report =
                                    reports.monthly(chosen.id(), chosenMonth.toString(), locale);
                            event.setFileName(report.fileName());
                            event.setContentType("text/html; charset=UTF-8");
                            event.getOutputStream()
                                    .write(report.html().getBytes(StandardCharsets.UTF_8));
                        });
    }

    private void refresh() {
        figures.removeAll();
        StatisticsFilter filter =
                new StatisticsFilter(
                        market.getValue() == null ? null : market.getValue().id(),
                        coop.getValue() == null ? null : coop.getValue().id(),
                        from.getValue(),
                        to.getValue());
        Statistics s = feedback.attempt(() -> statistics.statistics(filter));
        if (s == null) {
            return;
        }
        Locale locale = getLocale();
        Statistics.Members m = s.members();
        long issued = s.coupons().stream().mapToLong(Statistics.ShopCoupons::issued).sum();
        long redeemed = s.coupons().stream().mapToLong(Statistics.ShopCoupons::redeemed).sum();
        int turnout =
                (int)
                        s.votes().stream()
                                .mapToInt(Statistics.VoteTurnout::turnoutPercent)
                                .average()
                                .orElse(0);
        Div cards =
                new Div(
                        card(
                                "stats.members.total",
                                String.valueOf(m.total()),
                                getTranslation(
                                        "stats.view.newTodayYesterday",
                                        m.newToday(),
                                        m.newYesterday())),
                        card(
                                "stats.view.purchasesProposed",
                                String.valueOf(s.purchases().proposed()),
                                getTranslation("stats.funnel.settled")
                                        + " "
                                        + s.purchases().settled()),
                        card(
                                "stats.view.jointRevenue",
                                s.jointSales().revenue().toString(),
                                getTranslation(
                                        "stats.view.jointDetail",
                                        s.jointSales().setsSold(),
                                        s.jointSales().noShows(),
                                        s.jointSales().noShowPercent())),
                        card(
                                "stats.view.turnout",
                                turnout + "%",
                                getTranslation("stats.view.votes", s.votes().size())),
                        card(
                                "stats.view.couponsIssued",
                                String.valueOf(issued),
                                getTranslation("stats.coupons.redeemed") + " " + redeemed),
                        card(
                                "stats.jobs.posted",
                                String.valueOf(s.jobs().posted()),
                                getTranslation("stats.jobs.filled")
                                        + " "
                                        + s.jobs().filled()
                                        + " · "
                                        + reports.duration(s.jobs().averageTimeToFill(), locale)),
                        card(
                                "stats.section.stuck",
                                String.valueOf(s.stuck().total()),
                                getTranslation(
                                        "stats.view.stuckAfter",
                                        reports.duration(s.stuck().threshold(), locale))));
        cards.addClassName("stats-cards");
        figures.add(cards);

        Map<String, String> svgs = charts.all(s, locale);
        Div chartBox = new Div();
        chartBox.addClassName("stats-charts");
        svgs.forEach(
                (name, svg) -> {
                    // Drawn by StatisticsCharts on the server with every text escaped: safe to
                    // insert as markup.
                    Div chart = new Div();
                    chart.getElement().setProperty("innerHTML", svg);
                    chart.addClassName("stats-chart");
                    chart.setId("stats-chart-" + name);
                    chartBox.add(chart);
                });
        figures.add(chartBox);
        figures.add(new H3(getTranslation("stats.section.jointSales")), topOffers(s), topShops(s));
        figures.add(new H3(getTranslation("stats.section.stuck")), stuckGroups(s), stuckTasks(s));
    }

    private Component card(String labelKey, String figure, String detail) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stats-card-label");
        Span value = new Span(figure);
        value.addClassName("stats-card-value");
        Span more = new Span(detail);
        more.addClassName("stats-card-detail");
        Div card = new Div(label, value, more);
        card.addClassName("stats-card");
        return card;
    }

    private Component topOffers(Statistics s) {
        Grid<Statistics.OfferSales> grid = new Grid<>();
        grid.setId("stats-joint-offers");
        grid.addColumn(Statistics.OfferSales::title)
                .setHeader(getTranslation("stats.joint.topOffers"))
                .setFlexGrow(2);
        grid.addColumn(Statistics.OfferSales::coopName)
                .setHeader(getTranslation("membership.coop"));
        grid.addColumn(Statistics.OfferSales::sets).setHeader(getTranslation("stats.view.sets"));
        grid.addColumn(o -> o.revenue().toString())
                .setHeader(getTranslation("stats.joint.revenue"));
        grid.setItems(s.jointSales().topOffers());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("stats.view.noJointSales"));
        return grid;
    }

    private Component topShops(Statistics s) {
        Grid<Statistics.ShopShares> grid = new Grid<>();
        grid.setId("stats-joint-shops");
        grid.addColumn(Statistics.ShopShares::shopName)
                .setHeader(getTranslation("stats.joint.topShops"))
                .setFlexGrow(2);
        grid.addColumn(Statistics.ShopShares::coopName)
                .setHeader(getTranslation("membership.coop"));
        grid.addColumn(Statistics.ShopShares::offers).setHeader(getTranslation("stats.view.sales"));
        grid.addColumn(shop -> shop.amount().toString())
                .setHeader(getTranslation("stats.joint.shares"));
        grid.setItems(s.jointSales().topShops());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("stats.view.noJointSales"));
        return grid;
    }

    private Component stuckGroups(Statistics s) {
        Grid<Statistics.StuckGroup> grid = new Grid<>();
        grid.setId("stats-stuck");
        grid.addColumn(Statistics.StuckGroup::coopName)
                .setHeader(getTranslation("membership.coop"));
        grid.addColumn(g -> getTranslation(g.nameKey()))
                .setHeader(getTranslation("stats.view.step"))
                .setFlexGrow(2);
        grid.addColumn(Statistics.StuckGroup::count).setHeader(getTranslation("stats.view.count"));
        grid.addColumn(g -> Feedback.dateTime(g.oldestSince(), getLocale()))
                .setHeader(getTranslation("stats.view.since"));
        grid.setItems(s.stuck().groups());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("stats.view.noStuck"));
        return grid;
    }

    /** The oldest open tasks, each a link to its task page. */
    private Component stuckTasks(Statistics s) {
        Div list = new Div();
        list.addClassName("stats-oldest");
        for (Statistics.StuckTask t : s.stuck().oldest()) {
            Anchor link = new Anchor("tasks/" + t.taskId(), getTranslation(t.nameKey()));
            Span meta =
                    new Span(
                            Objects.toString(t.coopName(), "")
                                    + " · "
                                    + getTranslation("stats.view.since")
                                    + " "
                                    + Feedback.dateTime(t.openSince(), getLocale()));
            meta.addClassName("task-meta");
            Div row = new Div(link, meta);
            row.addClassName("task-card");
            list.add(row);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stats.nav") + " · " + getTranslation("app.name");
    }
}
