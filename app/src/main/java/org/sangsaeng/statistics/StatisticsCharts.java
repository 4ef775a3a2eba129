package org.sangsaeng.statistics;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.statistics.SvgChart.Series;
import org.springframework.stereotype.Component;

/** The dashboard's charts, by name, as SVG with labels in the reader's language. */
@Component
public class StatisticsCharts {

    public static final List<String> NAMES =
            List.of(
                    "members",
                    "business-types",
                    "funnel",
                    "joint-offers",
                    "joint-shops",
                    "turnout",
                    "step-times",
                    "coupons",
                    "jobs");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Messages messages;

    StatisticsCharts(Messages messages) {
        this.messages = messages;
    }

    /** Every chart, in the dashboard's order. */
    public Map<String, String> all(Statistics s, Locale locale) {
        Map<String, String> charts = new LinkedHashMap<>();
        NAMES.forEach(name -> charts.put(name, chart(name, s, locale)));
        return charts;
    }

    public String chart(String name, Statistics s, Locale locale) {
        Function<String, String> t = key -> messages.get(key, locale);
        return switch (name) {
            case "members" ->
                    SvgChart.line(
                            t.apply("stats.chart.members"),
                            s.members().growth().stream().map(d -> DAY.format(d.day())).toList(),
                            s.members().growth().stream().map(Statistics.DayCount::total).toList());
            case "business-types" ->
                    SvgChart.bars(
                            t.apply("stats.chart.businessTypes"),
                            s.businessTypes().stream()
                                    .map(b -> t.apply("businessType." + b.type().name()))
                                    .toList(),
                            List.of(
                                    series(
                                            t.apply("stats.members"),
                                            s.businessTypes(),
                                            Statistics.BusinessTypeActivity::members),
                                    series(
                                            t.apply("stats.purchases"),
                                            s.businessTypes(),
                                            Statistics.BusinessTypeActivity::purchases),
                                    series(
                                            t.apply("stats.coupons"),
                                            s.businessTypes(),
                                            Statistics.BusinessTypeActivity::coupons),
                                    series(
                                            t.apply("stats.jobPosts"),
                                            s.businessTypes(),
                                            Statistics.BusinessTypeActivity::jobPosts)));
            case "funnel" -> {
                Statistics.PurchaseFunnel f = s.purchases();
                yield SvgChart.bars(
                        t.apply("stats.chart.funnel"),
                        List.of(
                                t.apply("stats.funnel.proposed"),
                                t.apply("stats.funnel.voted"),
                                t.apply("stats.funnel.ordered"),
                                t.apply("stats.funnel.confirmed"),
                                t.apply("stats.funnel.settled")),
                        List.of(
                                new Series(
                                        t.apply("stats.purchases"),
                                        List.of(
                                                f.proposed(),
                                                f.voted(),
                                                f.ordered(),
                                                f.confirmed(),
                                                f.settled()))));
            }
            // Sets go into the label: on one scale with the won they would not show.
            case "joint-offers" ->
                    SvgChart.bars(
                            t.apply("stats.chart.jointOffers"),
                            s.jointSales().topOffers().stream()
                                    .map(
                                            o ->
                                                    messages.get(
                                                            "stats.joint.offerLabel",
                                                            locale,
                                                            o.title(),
                                                            o.sets()))
                                    .toList(),
                            List.of(
                                    series(
                                            t.apply("stats.joint.revenue"),
                                            s.jointSales().topOffers(),
                                            o -> o.revenue().value())));
            case "joint-shops" ->
                    SvgChart.bars(
                            t.apply("stats.chart.jointShops"),
                            s.jointSales().topShops().stream()
                                    .map(Statistics.ShopShares::shopName)
                                    .toList(),
                            List.of(
                                    series(
                                            t.apply("stats.joint.shares"),
                                            s.jointSales().topShops(),
                                            sh -> sh.amount().value())));
            case "turnout" ->
                    SvgChart.bars(
                            t.apply("stats.chart.turnout"),
                            s.votes().stream().map(Statistics.VoteTurnout::title).toList(),
                            List.of(series("%", s.votes(), v -> (long) v.turnoutPercent())));
            case "step-times" ->
                    SvgChart.bars(
                            t.apply("stats.chart.stepTimes"),
                            s.stepTimes().stream()
                                    .map(st -> stepName(st.elementId(), locale))
                                    .toList(),
                            List.of(
                                    series(
                                            t.apply("stats.stepTimes.averageHours"),
                                            s.stepTimes(),
                                            st -> hours(st.average())),
                                    series(
                                            t.apply("stats.stepTimes.p90Hours"),
                                            s.stepTimes(),
                                            st -> hours(st.p90()))));
            case "coupons" ->
                    SvgChart.bars(
                            t.apply("stats.chart.coupons"),
                            s.coupons().stream().map(Statistics.ShopCoupons::shopName).toList(),
                            List.of(
                                    series(
                                            t.apply("stats.coupons.issued"),
                                            s.coupons(),
                                            Statistics.ShopCoupons::issued),
                                    series(
                                            t.apply("stats.coupons.redeemed"),
                                            s.coupons(),
                                            Statistics.ShopCoupons::redeemed)));
            case "jobs" ->
                    SvgChart.bars(
                            t.apply("stats.chart.jobs"),
                            List.of(t.apply("stats.jobs.posted"), t.apply("stats.jobs.filled")),
                            List.of(
                                    new Series(
                                            t.apply("stats.jobPosts"),
                                            List.of(s.jobs().posted(), s.jobs().filled()))));
            default -> throw new NotFoundException("stats.error.noSuchChart", name);
        };
    }

    /** A step's name: the task's name where it has one, else its element id. */
    public String stepName(String elementId, Locale locale) {
        String key =
                org.sangsaeng.tasks.TaskView.nameKey(PurchaseFigures.PURCHASE_PROCESS, elementId);
        String name = messages.get(key, locale);
        return name.equals(key) ? elementId : name;
    }

    private static <T> Series series(
            String name, List<T> items, java.util.function.ToLongFunction<T> value) {
        return new Series(name, items.stream().map(value::applyAsLong).toList());
    }

    /** Whole hours, rounded half up, for bar lengths people read at a glance. */
    static long hours(Duration d) {
        return (d.toMinutes() + 30) / 60;
    }
}
