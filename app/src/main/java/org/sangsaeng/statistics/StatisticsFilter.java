package org.sangsaeng.statistics;

import java.time.LocalDate;
import java.time.Period;
import org.sangsaeng.shared.InvalidInputException;

/**
 * What the dashboard shows: a market, a co-op (both optional) and a period of whole days in
 * Asia/Seoul, both ends included. Without dates, the last 30 days up to today.
 */
public record StatisticsFilter(Long marketId, Long coopId, LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 30;
    public static final Period LONGEST = Period.ofYears(5);

    /**
     * The filter with its dates filled in, or refused: a reversed range, or one longer than five
     * years.
     */
    public StatisticsFilter resolved(LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        // The database keeps dates of years 1000-9999; beyond them date arithmetic overflows.
        if (start.getYear() < 1000 || end.getYear() > 9999) {
            throw new InvalidInputException("stats.error.dateRange", start, end);
        }
        if (start.isAfter(end)) {
            throw new InvalidInputException("stats.error.reversed", start, end);
        }
        if (start.plus(LONGEST).isBefore(end)) {
            throw new InvalidInputException("stats.error.tooLong", start, end);
        }
        return new StatisticsFilter(marketId, coopId, start, end);
    }

    public static StatisticsFilter lastDays(Long marketId, Long coopId, LocalDate today, int days) {
        return new StatisticsFilter(marketId, coopId, today.minusDays(days - 1L), today);
    }
}
