package org.sangsaeng.tasks.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
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
     * The keys of one page of the reader's open tasks: earliest due first, no due date last, then
     * oldest first, then by key. Each entry reads at most {@code offset + limit} rows: a task among
     * the first n of the merged list is among the first n of every entry that lists it.
     */
    public List<Long> page(Reader reader, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql(pageSql(reader, offset, limit, params))
                .params(params)
                .query((rs, n) -> rs.getLong(1))
                .list();
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
    public List<String> explainable(Reader reader, int offset, int limit, int cap) {
        List<Object> pageParams = new ArrayList<>();
        String page = pageSql(reader, offset, limit, pageParams);
        List<Object> countParams = new ArrayList<>();
        String count = countSql(reader, cap, countParams);
        return List.of(fill(page, pageParams), fill(count, countParams));
    }

    private static String pageSql(Reader reader, int offset, int limit, List<Object> params) {
        String union =
                union(reader, "job_key, due_order, created_at", offset + limit, true, params);
        params.add(limit);
        params.add(offset);
        return "SELECT DISTINCT job_key, due_order, created_at FROM ("
                + union
                + ") v ORDER BY due_order, created_at, job_key LIMIT ? OFFSET ?";
    }

    private static String countSql(Reader reader, int cap, List<Object> params) {
        return "SELECT COUNT(DISTINCT job_key) FROM ("
                + union(reader, "job_key", cap + 1, false, params)
                + ") v";
    }

    private static String union(
            Reader reader, String columns, int perEntry, boolean ordered, List<Object> params) {
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
                out.append(v instanceof String s ? "'" + s.replace("'", "''") + "'" : v);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
