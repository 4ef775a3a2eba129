package org.sangsaeng.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** What the figures' queries share: instants as the database keeps them, days in Seoul, counts. */
final class StatisticsSql {

    /**
     * Seoul has kept UTC+9 without daylight saving since 1988, so days are buckets of the UTC time
     * plus nine hours.
     */
    private static final String SEOUL_DAY = "DATE(%s + INTERVAL 9 HOUR)";

    private StatisticsSql() {}

    static long count(NamedParameterJdbcTemplate jdbc, String sql, MapSqlParameterSource p) {
        Long n = jdbc.queryForObject(sql, p, Long.class);
        return n == null ? 0 : n;
    }

    static Map<LocalDate, Long> days(
            NamedParameterJdbcTemplate jdbc, String sql, MapSqlParameterSource p) {
        Map<LocalDate, Long> byDay = new HashMap<>();
        jdbc.query(
                sql,
                p,
                rs -> {
                    byDay.put(rs.getObject("d", LocalDate.class), rs.getLong("n"));
                });
        return byDay;
    }

    static String day(String column) {
        return SEOUL_DAY.formatted(column);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
