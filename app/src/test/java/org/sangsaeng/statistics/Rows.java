package org.sangsaeng.statistics;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Rows the statistics tests write straight into the tables, at times given as UTC instants. */
record Rows(JdbcTemplate jdbc) {

    /** Inserts a row and answers its generated id. */
    long insert(String sql, Object... arguments) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement =
                            connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                    new ArgumentPreparedStatementSetter(arguments).setValues(statement);
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    long userId(String username) {
        return jdbc.queryForObject(
                "SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    /** An instant as the DATETIME columns keep it: UTC without a zone. */
    static LocalDateTime utc(String instant) {
        return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }
}
