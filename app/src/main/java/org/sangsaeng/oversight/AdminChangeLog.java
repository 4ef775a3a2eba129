package org.sangsaeng.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.AdministrativeChange.Action;
import org.sangsaeng.shared.AdministrativeChange.Subject;
import org.sangsaeng.shared.MarketTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of administrative changes: every {@link AdministrativeChange} is written in the
 * transaction that published it (a change that rolls back leaves no record, a record never goes
 * missing for a change that committed). The table is append-only and the app's database user may
 * only add and read rows. The foundation and admins read it, filtered and paged on the server.
 *
 * <p>An account's personal data (name, phone, e-mail) is not copied into the record: the record is
 * kept for ever, and a person who leaves must be forgotten. The record says that such a field
 * changed.
 */
@Service
public class AdminChangeLog {

    /** What the record keeps instead of a person's name, phone or e-mail. */
    public static final String PERSONAL = "***";

    /** The most records one page returns. */
    static final int MAX_PAGE = 200;

    private static final Set<String> PERSONAL_FIELDS = Set.of("displayName", "phone", "email");
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final JsonMapper json;

    AdminChangeLog(NamedParameterJdbcTemplate jdbc, CurrentUsers currentUsers, JsonMapper json) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.json = json;
    }

    /** One changed subject, as the foundation reads it. */
    public record Entry(
            long id,
            java.time.Instant at,
            String actor,
            Subject subject,
            long subjectId,
            Action action,
            Map<String, String> before,
            Map<String, String> after) {}

    /**
     * Which records to show; every part is optional. Dates are market days (Seoul), both included.
     */
    public record Query(
            Subject subject, Long subjectId, String actor, LocalDate from, LocalDate to) {

        public static Query all() {
            return new Query(null, null, null, null, null);
        }
    }

    @EventListener
    void record(AdministrativeChange change) {
        jdbc.update(
                """
                INSERT INTO admin_change (changed_at, actor, subject, subject_id, action, before_json, after_json)
                VALUES (:at, :actor, :subject, :subjectId, :action, :before, :after)""",
                new MapSqlParameterSource()
                        .addValue("at", LocalDateTime.ofInstant(change.at(), ZoneOffset.UTC))
                        .addValue("actor", change.actor())
                        .addValue("subject", change.subject().name())
                        .addValue("subjectId", change.subjectId())
                        .addValue("action", change.action().name())
                        .addValue(
                                "before",
                                json.writeValueAsString(kept(change.subject(), change.before())))
                        .addValue(
                                "after",
                                json.writeValueAsString(kept(change.subject(), change.after()))));
    }

    /** A page of matching records, newest first (foundation and admins). */
    public List<Entry> search(Query query, int offset, int limit) {
        requireFoundation();
        MapSqlParameterSource params =
                params(query)
                        .addValue("offset", Math.max(0, offset))
                        .addValue("limit", Math.clamp(limit, 1, MAX_PAGE));
        return jdbc.query(
                "SELECT * FROM admin_change"
                        + where(query)
                        + " ORDER BY changed_at DESC, id DESC LIMIT :limit OFFSET :offset",
                params,
                this::entry);
    }

    /** How many records match (foundation and admins). */
    public long count(Query query) {
        requireFoundation();
        Long count =
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM admin_change" + where(query),
                        params(query),
                        Long.class);
        return count == null ? 0 : count;
    }

    private void requireFoundation() {
        currentUsers.requireOverseer("error.changes.foundationOnly");
    }

    private static Map<String, String> kept(Subject subject, Map<String, String> fields) {
        if (subject != Subject.ACCOUNT) {
            return new LinkedHashMap<>(fields);
        }
        Map<String, String> kept = new LinkedHashMap<>();
        fields.forEach(
                (field, value) ->
                        kept.put(
                                field,
                                PERSONAL_FIELDS.contains(field) && value != null && !value.isEmpty()
                                        ? PERSONAL
                                        : value));
        return kept;
    }

    private static String where(Query query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.subject() != null) {
            where.append(" AND subject = :subject");
        }
        if (query.subjectId() != null) {
            where.append(" AND subject_id = :subjectId");
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" AND actor LIKE :actor");
        }
        if (query.from() != null) {
            where.append(" AND changed_at >= :from");
        }
        if (query.to() != null) {
            where.append(" AND changed_at < :to");
        }
        return where.toString();
    }

    private static MapSqlParameterSource params(Query query) {
        MapSqlParameterSource params =
                new MapSqlParameterSource()
                        .addValue(
                                "subject", query.subject() == null ? null : query.subject().name())
                        .addValue("subjectId", query.subjectId());
        if (query.actor() != null) {
            params.addValue(
                    "actor",
                    query.actor()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
        }
        if (query.from() != null) {
            params.addValue("from", utc(query.from()));
        }
        if (query.to() != null) {
            params.addValue("to", utc(query.to().plusDays(1)));
        }
        return params;
    }

    private static LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(
                day.atStartOfDay(MarketTime.ZONE).toInstant(), ZoneOffset.UTC);
    }

    private Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(
                rs.getLong("id"),
                rs.getObject("changed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("actor"),
                Subject.valueOf(rs.getString("subject")),
                rs.getLong("subject_id"),
                Action.valueOf(rs.getString("action")),
                json.readValue(rs.getString("before_json"), FIELDS),
                json.readValue(rs.getString("after_json"), FIELDS));
    }
}
