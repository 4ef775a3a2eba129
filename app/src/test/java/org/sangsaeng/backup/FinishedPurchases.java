package org.sangsaeng.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sangsaeng.oversight.AuditChain;
import org.sangsaeng.oversight.AuditCheckpoint;
import org.sangsaeng.oversight.AuditTrailFixture;
import org.sangsaeng.oversight.CheckpointKey;

/**
 * Copies of one finished group purchase, for the backup benchmark. Reads the rows a real purchase
 * left (the purchase, its lines, pledges and bills, its vote with voters and ballots, its tasks,
 * in-app notifications and outbox messages, and every audit row the broker exported from its start
 * to its end) and writes them again N times with JDBC batches: new ids, the engine keys of a
 * partition the broker does not have (2), and times spread over the year before. The copied audit
 * rows are hash-chained in partition 2 as the exporter chains a partition, and the chain's head is
 * signed with the exporter's own key, so that the chain check finds the trail intact.
 */
final class FinishedPurchases {

    /** Engine keys carry their partition in the top bits: partition p's keys start at p << 51. */
    static final long PARTITION_TWO = 2L << 51;

    /** The keys one copy may use: more than a fresh broker hands out while running one purchase. */
    static final long KEYS_PER_COPY = 10_000_000L;

    static final int COPIED_PARTITION = 2;

    /** Parents before children: a batch inserts them in this order. */
    static final List<String> TABLES =
            List.of(
                    "purchase",
                    "purchase_line",
                    "purchase_pledge",
                    "purchase_bill",
                    "vote",
                    "vote_voter",
                    "vote_ballot",
                    "task",
                    "task_candidate_group",
                    "notification",
                    "outbox_message",
                    "oversight_instance",
                    "oversight_step",
                    "oversight_participant");

    private static final Map<String, String> REFERENCES =
            Map.of("purchase_id", "purchase", "line_id", "purchase_line", "vote_id", "vote");
    private static final Map<String, Integer> UNIQUE_TEXT =
            Map.of("subject_key", 100, "dedup_key", 150, "idempotency_key", 100);
    private static final int COPIES_PER_BATCH = 20;
    private static final int WRITERS = 2;

    /** One real purchase's rows: the domain tables' and the audit trail's, in position order. */
    record Template(
            long purchaseId,
            long voteId,
            long firstKey,
            Map<String, List<Map<String, Object>>> rows,
            List<Map<String, Object>> audit) {

        int domainRows() {
            return rows.values().stream().mapToInt(List::size).sum();
        }
    }

    /** What the copies wrote. */
    record Written(long domainRows, long auditRows, long lastPosition, String headHash) {}

    private FinishedPurchases() {}

    /**
     * The rows of a closed purchase; notifications and outbox messages are those with ids above the
     * given ones (nothing else ran while the purchase did).
     */
    static Template read(Connection c, long purchaseId, long notificationsAfter, long outboxAfter)
            throws SQLException {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        Map<String, Object> purchase =
                query(c, "SELECT * FROM purchase WHERE id = ?", purchaseId).getFirst();
        long instance = ((Number) purchase.get("process_instance_key")).longValue();
        long voteId = ((Number) purchase.get("vote_id")).longValue();
        rows.put("purchase", List.of(purchase));
        rows.put(
                "purchase_line",
                query(
                        c,
                        "SELECT * FROM purchase_line WHERE purchase_id = ? ORDER BY id",
                        purchaseId));
        rows.put(
                "purchase_pledge",
                query(
                        c,
                        "SELECT p.* FROM purchase_pledge p JOIN purchase_line l ON l.id = p.line_id"
                                + " WHERE l.purchase_id = ? ORDER BY p.id",
                        purchaseId));
        rows.put(
                "purchase_bill",
                query(
                        c,
                        "SELECT * FROM purchase_bill WHERE purchase_id = ? ORDER BY id",
                        purchaseId));
        rows.put("vote", query(c, "SELECT * FROM vote WHERE id = ?", voteId));
        rows.put("vote_voter", query(c, "SELECT * FROM vote_voter WHERE vote_id = ?", voteId));
        rows.put(
                "vote_ballot",
                query(c, "SELECT * FROM vote_ballot WHERE vote_id = ? ORDER BY id", voteId));

        long first =
                ((Number)
                                query(
                                                c,
                                                "SELECT MIN(position) AS p FROM audit_record WHERE partition_id = 1"
                                                        + " AND process_instance_key = ?",
                                                instance)
                                        .getFirst()
                                        .get("p"))
                        .longValue();
        long last =
                ((Number)
                                query(
                                                c,
                                                "SELECT position FROM audit_record WHERE partition_id = 1 AND process_instance_key = ?"
                                                        + " AND element_id = 'group-purchase' AND intent = 'ELEMENT_COMPLETED'",
                                                instance)
                                        .getFirst()
                                        .get("position"))
                        .longValue();
        List<Map<String, Object>> audit =
                query(
                        c,
                        "SELECT * FROM audit_record WHERE partition_id = 1 AND position BETWEEN ?"
                                + " AND ? ORDER BY position",
                        first,
                        last);
        String instances =
                audit.stream()
                        .map(r -> r.get("process_instance_key"))
                        .filter(k -> k != null)
                        .distinct()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + "," + b)
                        .orElseThrow();
        rows.put(
                "task",
                query(
                        c,
                        "SELECT * FROM task WHERE process_instance_key IN ("
                                + instances
                                + ") ORDER BY job_key"));
        rows.put(
                "task_candidate_group",
                query(
                        c,
                        "SELECT g.* FROM task_candidate_group g JOIN task t ON t.job_key = g.job_key"
                                + " WHERE t.process_instance_key IN ("
                                + instances
                                + ") ORDER BY g.job_key, g.group_name"));
        rows.put(
                "notification",
                query(
                        c,
                        "SELECT * FROM notification WHERE id > ? ORDER BY id",
                        notificationsAfter));
        rows.put(
                "outbox_message",
                query(c, "SELECT * FROM outbox_message WHERE id > ? ORDER BY id", outboxAfter));
        // The explorer's projection of the trail (the app's indexer made it from the audit rows
        // above).
        for (String table :
                List.of("oversight_instance", "oversight_step", "oversight_participant")) {
            rows.put(
                    table,
                    query(
                            c,
                            "SELECT * FROM "
                                    + table
                                    + " WHERE instance_key IN ("
                                    + instances
                                    + ")"));
        }
        return new Template(purchaseId, voteId, instance, rows, audit);
    }

    /**
     * Writes {@code copies} copies of the template, the newest ending an interval before {@code
     * end} and the oldest a year before it, and signs the head of the copied audit chain. This
     * thread makes the rows (the chain is one sequence); {@link #WRITERS} connections insert them,
     * a batch of {@link #COPIES_PER_BATCH} copies in a transaction each.
     */
    static Written write(
            Callable<Connection> connections,
            Template template,
            int copies,
            Instant end,
            Path signingKey)
            throws Exception {
        Map<String, Long> base = new HashMap<>();
        Map<String, Map<Object, Integer>> index = new HashMap<>();
        Map<String, String> inserts = new LinkedHashMap<>();
        try (Connection c = connections.call()) {
            for (String table : TABLES) {
                List<Map<String, Object>> rows = template.rows().get(table);
                if (rows.isEmpty()) {
                    continue;
                }
                inserts.put(table, insert(table, rows.getFirst().keySet()));
                if (rows.getFirst().containsKey("id")) {
                    base.put(
                            table,
                            ((Number)
                                            query(
                                                            c,
                                                            "SELECT COALESCE(MAX(id), 0) + 1 AS next FROM "
                                                                    + table)
                                                    .getFirst()
                                                    .get("next"))
                                    .longValue());
                    Map<Object, Integer> ids = new HashMap<>();
                    rows.forEach(r -> ids.put(r.get("id"), ids.size()));
                    index.put(table, ids);
                }
            }
            // The projection is copied with the rows: the app's indexer has nothing left to do in
            // the copied partition.
            try (PreparedStatement indexed =
                    c.prepareStatement(
                            "INSERT INTO oversight_checkpoint (partition_id, position) VALUES (?, ?)")) {
                indexed.setInt(1, COPIED_PARTITION);
                indexed.setLong(2, (long) copies * template.audit().size());
                indexed.executeUpdate();
            }
        }
        Instant templateEnd =
                ((LocalDateTime) template.audit().getLast().get("record_time"))
                        .toInstant(ZoneOffset.UTC);
        Duration spacing = Duration.ofDays(365).dividedBy(Math.max(copies, 1));
        Texts texts = new Texts(template.purchaseId(), template.voteId());
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        Semaphore queued = new Semaphore(WRITERS * 2);
        List<Future<?>> batches = new ArrayList<>();
        long domainRows = 0;
        long position = 0;
        String chain = null;
        try {
            Batch batch = new Batch(inserts);
            for (int i = 0; i < copies; i++) {
                Copy copy =
                        new Copy(
                                i,
                                template,
                                base,
                                index,
                                Duration.between(
                                        templateEnd, end.minus(spacing.multipliedBy(copies - i))),
                                texts);
                for (String table : inserts.keySet()) {
                    for (Map<String, Object> row : template.rows().get(table)) {
                        batch.rows
                                .get(table)
                                .add(
                                        row.entrySet().stream()
                                                .map(
                                                        column ->
                                                                copy.value(
                                                                        table,
                                                                        column.getKey(),
                                                                        column.getValue()))
                                                .toArray());
                        domainRows++;
                    }
                }
                for (Map<String, Object> row : template.audit()) {
                    position++;
                    Instant time =
                            copy.shifted(
                                    ((LocalDateTime) row.get("record_time"))
                                            .toInstant(ZoneOffset.UTC));
                    Object instanceKey = row.get("process_instance_key");
                    AuditChain.Row r =
                            new AuditChain.Row(
                                    COPIED_PARTITION,
                                    position,
                                    copy.key(((Number) row.get("record_key")).longValue()),
                                    (String) row.get("record_type"),
                                    (String) row.get("value_type"),
                                    (String) row.get("intent"),
                                    time,
                                    instanceKey == null
                                            ? null
                                            : copy.key(((Number) instanceKey).longValue()),
                                    (String) row.get("bpmn_process_id"),
                                    (String) row.get("element_id"),
                                    (String) row.get("element_type"),
                                    (String) row.get("completed_by"),
                                    copy.text((String) row.get("value_json")));
                    String hash = AuditChain.hash(chain, r);
                    batch.audit.add(
                            AuditTrailFixture.columns(
                                    r,
                                    LocalDateTime.ofInstant(time.plusMillis(500), ZoneOffset.UTC),
                                    chain,
                                    hash));
                    chain = hash;
                }
                if ((i + 1) % COPIES_PER_BATCH == 0 || i == copies - 1) {
                    queued.acquire();
                    Batch full = batch;
                    batches.add(
                            writers.submit(
                                    () -> {
                                        try {
                                            full.insert(connections);
                                        } finally {
                                            queued.release();
                                        }
                                        return null;
                                    }));
                    batch = new Batch(inserts);
                }
            }
            for (Future<?> written : batches) {
                written.get();
            }
        } finally {
            writers.shutdownNow();
        }
        if (position > 0) {
            try (Connection c = connections.call()) {
                signHead(c, signingKey, position, chain, end);
            }
        }
        return new Written(domainRows, position, position, chain);
    }

    /**
     * Rows of a few copies, inserted in one transaction: parents first, so each copy's references
     * hold.
     */
    private static final class Batch {

        final Map<String, String> inserts;
        final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        final List<Object[]> audit = new ArrayList<>();

        Batch(Map<String, String> inserts) {
            this.inserts = inserts;
            inserts.keySet().forEach(table -> rows.put(table, new ArrayList<>()));
        }

        void insert(Callable<Connection> connections) throws Exception {
            try (Connection c = connections.call()) {
                c.setAutoCommit(false);
                for (var table : rows.entrySet()) {
                    insert(c, inserts.get(table.getKey()), table.getValue());
                }
                insert(c, AuditTrailFixture.INSERT, audit);
                c.commit();
            }
        }

        private static void insert(Connection c, String sql, List<Object[]> rows)
                throws SQLException {
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int n = 0; n < row.length; n++) {
                        insert.setObject(n + 1, row[n]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /**
     * Stores a checkpoint of the copied partition's head, signed as the exporter signs
     * (CheckpointSigner).
     */
    private static void signHead(Connection c, Path keyFile, long position, String hash, Instant at)
            throws Exception {
        Instant signedAt = at.truncatedTo(ChronoUnit.MILLIS);
        byte[] privateKey =
                Base64.getMimeDecoder()
                        .decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        String publicKey =
                Files.readString(
                                keyFile.resolveSibling(keyFile.getFileName() + ".pub"),
                                StandardCharsets.US_ASCII)
                        .strip();
        try (PreparedStatement insert =
                c.prepareStatement(
                        """
                INSERT INTO audit_checkpoint (partition_id, position, head_hash, signed_at, key_id, signature)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(
                    KeyFactory.getInstance("Ed25519")
                            .generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
            signature.update(
                    new AuditCheckpoint(COPIED_PARTITION, position, hash, signedAt, null, null)
                            .signedContent());
            insert.setInt(1, COPIED_PARTITION);
            insert.setLong(2, position);
            insert.setString(3, hash);
            insert.setObject(4, LocalDateTime.ofInstant(signedAt, ZoneOffset.UTC));
            insert.setString(5, CheckpointKey.of(publicKey).keyId());
            insert.setString(6, Base64.getEncoder().encodeToString(signature.sign()));
            insert.executeUpdate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with the exporter's key " + keyFile, e);
        }
    }

    /** The i-th copy: its ids, its engine keys, its times. */
    private record Copy(
            int i,
            Template template,
            Map<String, Long> base,
            Map<String, Map<Object, Integer>> index,
            Duration shift,
            Texts texts) {

        Object value(String table, String column, Object value) {
            if (value == null) {
                return null;
            }
            if (column.equals("id")) {
                return id(table, value);
            }
            if (column.equals("partition_id")) {
                return COPIED_PARTITION;
            }
            String parent = REFERENCES.get(column);
            if (parent != null
                    && index.containsKey(parent)
                    && index.get(parent).containsKey(value)) {
                return id(parent, value);
            }
            if (column.endsWith("_key") && value instanceof Number n) {
                return key(n.longValue());
            }
            if (value instanceof LocalDateTime t) {
                return LocalDateTime.ofInstant(
                        shifted(t.toInstant(ZoneOffset.UTC)), ZoneOffset.UTC);
            }
            if (value instanceof Timestamp t) {
                return Timestamp.from(shifted(t.toInstant()));
            }
            if (value instanceof String s) {
                String text = text(s);
                Integer length = UNIQUE_TEXT.get(column);
                if (length != null && text.equals(s)) {
                    String suffix = "~" + i;
                    text =
                            (text.length() + suffix.length() > length
                                            ? text.substring(0, length - suffix.length())
                                            : text)
                                    + suffix;
                }
                return text;
            }
            return value;
        }

        long id(String table, Object templateId) {
            return base.get(table)
                    + (long) i * index.get(table).size()
                    + index.get(table).get(templateId);
        }

        /**
         * A key the broker handed out while the template ran becomes one of partition 2, its own
         * per copy; older keys (the process definitions') stay.
         */
        long key(long key) {
            long n = key - template.firstKey();
            return n >= 0 && n < KEYS_PER_COPY ? PARTITION_TWO + i * KEYS_PER_COPY + n : key;
        }

        Instant shifted(Instant t) {
            return t.plus(shift);
        }

        /** Engine keys, and the purchase and vote ids where a text names them, renumbered. */
        String text(String s) {
            return texts.parts(s).render(this);
        }
    }

    /**
     * Texts of the template taken apart once where they name an engine key or the purchase's or the
     * vote's id, so that each copy only joins the parts: the audit rows' JSON is most of what is
     * written.
     */
    private static final class Texts {

        private final Pattern names;
        private final Map<String, Parts> parsed = new HashMap<>();

        Texts(long purchaseId, long voteId) {
            names =
                    Pattern.compile(
                            "(?<!\\d)(2251799\\d{9})(?!\\d)|(?<=purchase-|purchases/|\"purchaseId\":)"
                                    + purchaseId
                                    + "(?!\\d)|(?<=vote-|votes/|\"voteId\":)("
                                    + voteId
                                    + ")(?!\\d)");
        }

        Parts parts(String s) {
            return parsed.computeIfAbsent(s, this::parse);
        }

        private Parts parse(String template) {
            // The exporter's JSON names the record's partition.
            String s =
                    template.replace(
                                    "\"partitionId\":1,",
                                    "\"partitionId\":" + COPIED_PARTITION + ",")
                            .replace(
                                    "\"partitionId\":1}",
                                    "\"partitionId\":" + COPIED_PARTITION + "}");
            List<Object> parts = new ArrayList<>();
            Matcher m = names.matcher(s);
            int from = 0;
            while (m.find()) {
                parts.add(s.substring(from, m.start()));
                parts.add(
                        m.group(1) != null
                                ? (Object) Long.parseLong(m.group(1))
                                : m.group(2) != null ? VOTE : PURCHASE);
                from = m.end();
            }
            parts.add(s.substring(from));
            return new Parts(parts, s.length());
        }
    }

    private static final Object PURCHASE = new Object();
    private static final Object VOTE = new Object();

    /** Literal text, template keys (Long) and the purchase's and vote's id markers, in order. */
    private record Parts(List<Object> parts, int length) {

        String render(Copy copy) {
            if (parts.size() == 1) {
                return (String) parts.getFirst();
            }
            StringBuilder out = new StringBuilder(length + 16);
            for (Object part : parts) {
                if (part instanceof String text) {
                    out.append(text);
                } else if (part instanceof Long key) {
                    out.append(copy.key(key));
                } else {
                    String table = part == PURCHASE ? "purchase" : "vote";
                    out.append(
                            copy.id(table, copy.template().rows().get(table).getFirst().get("id")));
                }
            }
            return out.toString();
        }
    }

    private static String insert(String table, Set<String> columns) {
        return "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList())
                + ")";
    }

    static List<Map<String, Object>> query(Connection c, String sql, Object... params)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int p = 0; p < params.length; p++) {
                s.setObject(p + 1, params[p]);
            }
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= meta.getColumnCount(); col++) {
                        String type = meta.getColumnTypeName(col).toUpperCase(Locale.ROOT);
                        row.put(
                                meta.getColumnLabel(col).toLowerCase(Locale.ROOT),
                                type.startsWith("DATETIME") || type.startsWith("TIMESTAMP")
                                        ? rs.getObject(col, LocalDateTime.class)
                                        : rs.getObject(col));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
