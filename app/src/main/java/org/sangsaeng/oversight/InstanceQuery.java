package org.sangsaeng.oversight;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.MarketTime;

/**
 * A search of the process explorer; every part is optional. Dates are days in Seoul, both included;
 * a range runs forwards and spans at most five years.
 */
public record InstanceQuery(
        String processId,
        Long coopId,
        InstanceState state,
        LocalDate from,
        LocalDate to,
        String participant,
        String businessKey) {

    static final int MAX_YEARS = 5;

    public static InstanceQuery all() {
        return new InstanceQuery(null, null, null, null, null, null, null);
    }

    public InstanceQuery {
        processId = blankToNull(processId);
        participant = blankToNull(participant);
        businessKey = blankToNull(businessKey);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                throw new InvalidInputException("error.explorer.rangeReversed");
            }
            if (to.isAfter(from.plusYears(MAX_YEARS))) {
                throw new InvalidInputException("error.explorer.rangeTooLong", MAX_YEARS);
            }
        }
        if (processId != null && processId.length() > 100
                || participant != null && participant.length() > 64
                || businessKey != null && businessKey.length() > 100) {
            throw new InvalidInputException("error.explorer.textTooLong");
        }
    }

    /** The first moment of {@code from} in the UTC wall-clock time the index stores. */
    LocalDateTime startUtc() {
        return from == null
                ? null
                : LocalDateTime.ofInstant(
                        from.atStartOfDay(MarketTime.ZONE).toInstant(), ZoneOffset.UTC);
    }

    /** The first moment after {@code to}. */
    LocalDateTime endUtc() {
        return to == null
                ? null
                : LocalDateTime.ofInstant(
                        to.plusDays(1).atStartOfDay(MarketTime.ZONE).toInstant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
