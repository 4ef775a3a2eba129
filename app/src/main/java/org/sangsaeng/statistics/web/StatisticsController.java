package org.sangsaeng.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.sangsaeng.statistics.MonthlyReports;
import org.sangsaeng.statistics.Statistics;
import org.sangsaeng.statistics.StatisticsCharts;
import org.sangsaeng.statistics.StatisticsFilter;
import org.sangsaeng.statistics.StatisticsService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Statistics and reports",
        description =
                "Figures and charts for the foundation and co-op leaders; a co-op's monthly report")
class StatisticsController {

    private final StatisticsService statistics;
    private final StatisticsCharts charts;
    private final MonthlyReports reports;

    StatisticsController(
            StatisticsService statistics, StatisticsCharts charts, MonthlyReports reports) {
        this.statistics = statistics;
        this.charts = charts;
        this.reports = reports;
    }

    @GetMapping("/statistics")
    @Operation(
            summary =
                    "Figures for a market or co-op over a period (days in Asia/Seoul, at most 5 years; default the last 30 days)")
    Statistics figures(
            @RequestParam(required = false) Long marketId,
            @RequestParam(required = false) Long coopId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        return statistics.statistics(new StatisticsFilter(marketId, coopId, from, to));
    }

    @GetMapping("/statistics/charts/{name}.svg")
    @Operation(
            summary =
                    "One chart as SVG: members, business-types, funnel, joint-offers, joint-shops, turnout, step-times, coupons, jobs")
    ResponseEntity<String> chart(
            @PathVariable String name,
            @RequestParam(required = false) Long marketId,
            @RequestParam(required = false) Long coopId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            Locale locale) {
        Statistics s = statistics.statistics(new StatisticsFilter(marketId, coopId, from, to));
        return ResponseEntity.ok()
                .contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                .body(charts.chart(name, s, locale));
    }

    @GetMapping("/reports/coops/{coopId}/monthly")
    @Operation(
            summary =
                    "A co-op's monthly report (month as yyyy-MM, not in the future) as a self-contained HTML page to download")
    ResponseEntity<String> monthly(
            @PathVariable long coopId, @RequestParam String month, Locale locale) {
        MonthlyReports.MonthlyReport report = reports.monthly(coopId, month, locale);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(report.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(report.html());
    }
}
