package org.sangsaeng.tasks.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads "my tasks" from {@code task_visibility} without touching the tasks nobody asked for: each
 * of the person's entries (their name, each of their groups) gives its first rows in list order by
 * its own index, and only those few rows are merged. A task reached twice (by name and by group)
 * counts once. MariaDB has no lateral join, so the statement names every entry.
 */
@Repository
public class TaskLists {

    static final String USER_PREFIX = "user:";

    private final JdbcClient jdbc;

    TaskLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who is asking and what they narrowed the list to (either filter may be null). */
    public record Reader(
            String username, Collection<String> groups, Long coopId, String processId) {

        List<String> entries() {
            List<String> entries = new ArrayList<>();
            entries.add(USER_PREFIX + username);
            entries.addAll(groups);
            return entries;
        }
    }

    /**
     * Where a page ends in list order (the last task's due order, creation time and key): the next
     * page starts right after it, whatever was added or closed before it since. Handed out as an
     * opaque text ({@link #text()}).
     */
    public record Cursor(LocalDateTime dueOrder, LocalDateTime createdAt, long jobKey) {

        /** The cursor as the API hands it out. */
        public String text() {
            String plain = dueOrder + "|" + createdAt + "|" + jobKey;
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor {@link #text()} gave out; empty for any other text. */
        public static Optional<Cursor> parse(String text) {
            try {
                String[] parts =
                        new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8)
                                .split("\\|", -1);
                if (parts.length != 3) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Cursor(
                                LocalDateTime.parse(parts[0]),
                                LocalDateTime.parse(parts[1]),
                                Long.parseLong(parts[2])));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** The keys of one page in list order, and where the next page starts (null after the last). */
    public record Page(List<Long> keys, Cursor next) {}

    /**
     * One page of the reader's open tasks: earliest due first, no due date last, then oldest first,
     * then by key; the tasks after {@code after} (when given), skipping {@code offset} of them.
     * Each entry reads at most {@code offset + limit + 1} rows, from the cursor on: a task among
     * the first n of the merged list is among the first n of every entry that lists it. Paging by
     * cursor reads the same few rows however deep the page.
     */
    public Page page(Reader reader, Cursor after, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        List<Cursor> rows =
                jdbc.sql(pageSql(reader, after, offset, limit, params))
                        .params(params)
                        .query(
                                (rs, n) ->
                                        new Cursor(
                                                rs.getObject(2, LocalDateTime.class),
                                                rs.getObject(3, LocalDateTime.class),
                                                rs.getLong(1)))
                        .list();
        List<Long> keys = rows.stream().limit(limit).map(Cursor::jobKey).toList();
        return new Page(keys, rows.size() > limit ? rows.get(limit - 1) : null);
    }

    /**
     * The tasks of a page with their candidate groups (names such as {@code coop:7:leader}; Zeebe
     * separates a job's groups by commas, so none holds one), in one statement by primary key: a
     * list only reads them, so no entity is built and tracked for them. In no particular order,
     * without their subjects.
     */
    public List<TaskDetails> rows(
            Collection<Long> keys, Function<String, Map<String, Object>> variables) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        SELECT t.job_key, t.bpmn_process_id, t.element_id, t.form_key, t.assignee,
                               (SELECT GROUP_CONCAT(g.group_name SEPARATOR ',') FROM task_candidate_group g
                                 WHERE g.job_key = t.job_key) AS candidate_groups,
                               t.business_key, t.coop_id, t.due_at, t.created_at, t.status, t.completed_by,
                               t.completed_at, t.variables
                          FROM task t WHERE t.job_key IN (:keys)""")
                .param("keys", keys)
                .query(
                        (rs, n) -> {
                            String groups = rs.getString("candidate_groups");
                            long coopId = rs.getLong("coop_id");
                            return new TaskDetails(
                                    rs.getLong("job_key"),
                                    rs.getString("bpmn_process_id"),
                                    rs.getString("element_id"),
                                    rs.getString("form_key"),
                                    rs.getString("assignee"),
                                    groups == null ? Set.of() : Set.of(groups.split(",")),
                                    rs.getString("business_key"),
                                    rs.wasNull() ? null : coopId,
                                    utc(rs.getObject("due_at", LocalDateTime.class)),
                                    utc(rs.getObject("created_at", LocalDateTime.class)),
                                    TaskStatus.valueOf(rs.getString("status")),
                                    rs.getString("completed_by"),
                                    utc(rs.getObject("completed_at", LocalDateTime.class)),
                                    variables.apply(rs.getString("variables")),
                                    null);
                        })
                .list();
    }

    /** The columns hold UTC ({@code hibernate.jdbc.time_zone}). */
    private static Instant utc(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }

    /**
     * How many open tasks the reader has, counting no further than {@code cap + 1}: each entry
     * reads at most that many rows. If none has more, the union holds all of them and the count is
     * exact.
     */
    public long countUpTo(Reader reader, int cap) {
        List<Object> params = new ArrayList<>();
        Long n = jdbc.sql(countSql(reader, cap, params)).params(params).query(Long.class).single();
        return Math.min(n == null ? 0 : n, cap + 1);
    }

    /** The statements, for EXPLAIN in the benchmark: the page's and the count's SQL, filled in. */
    public List<String> explainable(Reader reader, Cursor after, int offset, int limit, int cap) {
        List<Object> pageParams = new ArrayList<>();
        String page = pageSql(reader, after, offset, limit, pageParams);
        List<Object> countParams = new ArrayList<>();
        String count = countSql(reader, cap, countParams);
        return List.of(fill(page, pageParams), fill(count, countParams));
    }

    private static String pageSql(
            Reader reader, Cursor after, int offset, int limit, List<Object> params) {
        String union =
                union(
                        reader,
                        "job_key, due_order, created_at",
                        after,
                        offset + limit + 1,
                        true,
                        params);
        params.add(limit + 1);
        params.add(offset);
        return "SELECT DISTINCT job_key, due_order, created_at FROM ("
                + union
                + ") v ORDER BY due_order, created_at, job_key LIMIT ? OFFSET ?";
    }

    private static String countSql(Reader reader, int cap, List<Object> params) {
        return "SELECT COUNT(DISTINCT job_key) FROM ("
                + union(reader, "job_key", null, cap + 1, false, params)
                + ") v";
    }

    private static String union(
            Reader reader,
            String columns,
            Cursor after,
            int perEntry,
            boolean ordered,
            List<Object> params) {
        return reader.entries().stream()
                .map(
                        entry -> {
                            params.add(entry);
                            StringBuilder sql =
                                    new StringBuilder("(SELECT ")
                                            .append(columns)
                                            .append(" FROM task_visibility WHERE visible_to = ?");
                            if (reader.coopId() != null) {
                                sql.append(" AND coop_id = ?");
                                params.add(reader.coopId());
                            }
                            if (reader.processId() != null) {
                                sql.append(" AND bpmn_process_id = ?");
                                params.add(reader.processId());
                            }
                            if (after != null) {
                                // Spelled out, not as a row comparison, so that MariaDB reads it
                                // as ranges of the entry's index.
                                sql.append(
                                        " AND (due_order > ? OR (due_order = ? AND (created_at > ?"
                                                + " OR (created_at = ? AND job_key > ?))))");
                                params.addAll(
                                        List.of(
                                                after.dueOrder(),
                                                after.dueOrder(),
                                                after.createdAt(),
                                                after.createdAt(),
                                                after.jobKey()));
                            }
                            if (ordered) {
                                sql.append(" ORDER BY due_order, created_at, job_key");
                            }
                            params.add(perEntry);
                            return sql.append(" LIMIT ?)").toString();
                        })
                .collect(Collectors.joining(" UNION ALL "));
    }

    private static String fill(String sql, List<Object> params) {
        StringBuilder out = new StringBuilder();
        int p = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                Object v = params.get(p++);
                out.append(
                        v instanceof String || v instanceof LocalDateTime
                                ? "'" + v.toString().replace("'", "''") + "'"
                                : v);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
