package org.sangsaeng.statistics;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Service;

/**
 * A co-op's month on one self-contained HTML page (styles and charts inline, nothing fetched), for
 * leaders to print or pass on; the same rights and figures as the dashboard.
 */
@Service
public class MonthlyReports {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketTime.ZONE);

    private final StatisticsService statistics;
    private final StatisticsCharts charts;
    private final Messages messages;

    MonthlyReports(StatisticsService statistics, StatisticsCharts charts, Messages messages) {
        this.statistics = statistics;
        this.charts = charts;
        this.messages = messages;
    }

    /** A report to download: its file name and its page. */
    public record MonthlyReport(String fileName, String html) {}

    /** The month as {@code yyyy-MM}; refused when malformed or still to come. */
    public YearMonth month(String text) {
        YearMonth month;
        try {
            month = YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("report.error.month", text);
        }
        if (month.isAfter(YearMonth.from(statistics.today()))) {
            throw new InvalidInputException("report.error.futureMonth", month);
        }
        return month;
    }

    public MonthlyReport monthly(long coopId, String monthText, Locale locale) {
        YearMonth month = month(monthText);
        Statistics s =
                statistics.statistics(
                        new StatisticsFilter(null, coopId, month.atDay(1), month.atEndOfMonth()));
        Locale language = Messages.supported(locale);
        String fileName =
                (s.scopeName() + "-" + month).replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".html";
        return new MonthlyReport(fileName, html(s, month, language));
    }

    private String html(Statistics s, YearMonth month, Locale locale) {
        Page page = new Page(locale);
        String title = t("report.title", locale, s.scopeName(), month.toString());
        page.raw("<!DOCTYPE html><html lang=\"")
                .text(locale.getLanguage())
                .raw("\"><head><meta charset=\"utf-8\">")
                .raw(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .text(title)
                .raw("</title><style>body{font-family:")
                .raw(SvgChart.FONTS)
                .raw(";margin:1rem auto;max-width:48rem;padding:0 1rem;color:#222}")
                .raw("table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}")
                .raw("th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left}")
                .raw(
                        "td.n{text-align:right;white-space:nowrap}h2{margin-top:2rem;font-size:1.2rem}h3{font-size:1rem}")
                .raw(".chart{margin:1rem 0}</style></head><body>");
        page.raw("<h1>")
                .text(title)
                .raw("</h1><p>")
                .text(
                        t(
                                "report.period",
                                locale,
                                s.filter().from(),
                                s.filter().to(),
                                WHEN.format(s.computedAt())))
                .raw("</p>");

        Statistics.Members m = s.members();
        long joined = m.growth().stream().mapToLong(Statistics.DayCount::joined).sum();
        page.section("stats.section.members")
                .row("stats.members.total", m.total())
                .row("report.members.new", joined)
                .end()
                .chart(charts.chart("members", s, locale));

        Statistics.PurchaseFunnel f = s.purchases();
        page.section("stats.section.purchases")
                .row("stats.funnel.proposed", f.proposed())
                .row("stats.funnel.voted", f.voted())
                .row("stats.funnel.ordered", f.ordered())
                .row("stats.funnel.confirmed", f.confirmed())
                .row("stats.funnel.settled", f.settled());
        for (Statistics.StageCount stage : f.byStage()) {
            page.row(t("report.stage." + stage.stage(), locale), String.valueOf(stage.count()));
        }
        page.row(t("report.purchases.billed", locale), f.billed().toString())
                .end()
                .chart(charts.chart("funnel", s, locale));

        Statistics.JointSales sales = s.jointSales();
        page.section("stats.section.jointSales")
                .row("stats.joint.closed", sales.closed())
                .row("stats.joint.orders", sales.orders())
                .row("stats.joint.pickedUp", sales.pickedUp())
                .row("stats.joint.setsSold", sales.setsSold())
                .row(t("stats.joint.revenue", locale), sales.revenue().toString())
                .row(
                        t("stats.joint.noShows", locale),
                        t(
                                "report.joint.noShows",
                                locale,
                                sales.noShows(),
                                sales.noShowPercent(),
                                sales.notCollected().toString()))
                .row("stats.joint.cancelled", sales.cancelled())
                .end();
        page.subsection("stats.joint.topOffers");
        for (Statistics.OfferSales o : sales.topOffers()) {
            page.row(o.title(), t("report.joint.offer", locale, o.sets(), o.revenue().toString()));
        }
        page.end().chart(charts.chart("joint-offers", s, locale));
        page.subsection("stats.joint.topShops");
        for (Statistics.ShopShares shop : sales.topShops()) {
            page.row(
                    shop.shopName(),
                    t("report.joint.shop", locale, shop.amount().toString(), shop.offers()));
        }
        page.end().chart(charts.chart("joint-shops", s, locale));

        page.section("stats.section.votes");
        for (Statistics.VoteTurnout v : s.votes()) {
            page.row(
                    v.title(),
                    t(
                            "report.votes.turnout",
                            locale,
                            v.voted(),
                            v.electorate(),
                            v.turnoutPercent()));
        }
        page.row(t("report.votes.count", locale), String.valueOf(s.votes().size())).end();

        page.section("stats.section.stepTimes");
        for (Statistics.StepTime st : s.stepTimes()) {
            page.row(
                    charts.stepName(st.elementId(), locale),
                    t(
                            "report.stepTimes.row",
                            locale,
                            duration(st.average(), locale),
                            duration(st.p90(), locale),
                            st.count()));
        }
        page.end();

        long issued = s.coupons().stream().mapToLong(Statistics.ShopCoupons::issued).sum();
        long redeemed = s.coupons().stream().mapToLong(Statistics.ShopCoupons::redeemed).sum();
        page.section("stats.section.coupons")
                .row("stats.coupons.issued", issued)
                .row("stats.coupons.redeemed", redeemed)
                .end()
                .chart(charts.chart("coupons", s, locale));

        Statistics.Jobs j = s.jobs();
        page.section("stats.section.jobs")
                .row("stats.jobs.posted", j.posted())
                .row("stats.jobs.filled", j.filled())
                .row(t("stats.jobs.timeToFill", locale), duration(j.averageTimeToFill(), locale))
                .end();

        page.section("stats.section.stuck")
                .row(
                        t("report.stuck.total", locale, duration(s.stuck().threshold(), locale)),
                        String.valueOf(s.stuck().total()));
        for (Statistics.StuckGroup g : s.stuck().groups()) {
            page.row(
                    t(g.nameKey(), locale),
                    t("report.stuck.group", locale, g.count(), WHEN.format(g.oldestSince())));
        }
        page.end();
        return page.raw("</body></html>").toString();
    }

    /**
     * "1일 21시간", "5시간 30분", "3 d": the parts that are not zero; "–" when there is nothing to
     * measure.
     */
    public String duration(Duration d, Locale locale) {
        if (d == null) {
            return "–";
        }
        long minutes = d.toMinutes();
        List<String> parts = new ArrayList<>();
        if (minutes >= 24 * 60) {
            parts.add(t("stats.duration.days", locale, minutes / (24 * 60)));
        }
        if (minutes / 60 % 24 > 0) {
            parts.add(t("stats.duration.hours", locale, minutes / 60 % 24));
        }
        if (minutes % 60 > 0 || parts.isEmpty()) {
            parts.add(t("stats.duration.minutes", locale, minutes % 60));
        }
        return String.join(" ", parts);
    }

    private String t(String key, Locale locale, Object... arguments) {
        return messages.get(key, locale, arguments);
    }

    /** The page as it is written: text always escaped, tables of label and figure. */
    private final class Page {

        private final StringBuilder html = new StringBuilder();
        private final Locale locale;

        Page(Locale locale) {
            this.locale = locale;
        }

        Page raw(String markup) {
            html.append(markup);
            return this;
        }

        Page text(String text) {
            html.append(SvgChart.escape(text));
            return this;
        }

        Page section(String titleKey) {
            return raw("<h2>").text(t(titleKey, locale)).raw("</h2><table>");
        }

        Page subsection(String titleKey) {
            return raw("<h3>").text(t(titleKey, locale)).raw("</h3><table>");
        }

        Page row(String labelKey, long figure) {
            return row(t(labelKey, locale), String.format(Locale.ROOT, "%,d", figure));
        }

        Page row(String label, String figure) {
            return raw("<tr><th>")
                    .text(label)
                    .raw("</th><td class=\"n\">")
                    .text(figure)
                    .raw("</td></tr>");
        }

        Page end() {
            return raw("</table>");
        }

        Page chart(String svg) {
            return raw("<div class=\"chart\">").raw(svg).raw("</div>");
        }

        @Override
        public String toString() {
            return html.toString();
        }
    }
}
