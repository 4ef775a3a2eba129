package org.sangsaeng.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring files of the repository as Prometheus itself reads them: {@code promtool}, from
 * Debian's {@code prometheus} package ({@code ./sangsaeng test} installs it), checks the rule file
 * and the scrape configuration. Which metrics they name is {@link #metricsUsed()}, compared with a
 * real scrape in {@link MonitoringIntegrationTests}.
 */
class MonitoringFilesTests {

    static final Path ROOT =
            Path.of(System.getProperty("sangsaeng.project.root", ".."))
                    .toAbsolutePath()
                    .normalize();
    static final Path RULES = ROOT.resolve("monitoring/prometheus/alerts.yml");
    static final Path CONFIG = ROOT.resolve("monitoring/prometheus/prometheus.yml");
    static final Path DASHBOARD = ROOT.resolve("monitoring/grafana/sangsaeng-dashboard.json");

    /** Words of PromQL that are not metric names: aggregations, functions, operators, modifiers. */
    private static final Set<String> PROMQL_WORDS =
            Set.of(
                    "sum",
                    "min",
                    "max",
                    "avg",
                    "count",
                    "by",
                    "without",
                    "and",
                    "or",
                    "unless",
                    "on",
                    "ignoring",
                    "group_left",
                    "group_right",
                    "bool",
                    "offset",
                    "topk",
                    "bottomk",
                    "rate",
                    "irate",
                    "increase",
                    "delta",
                    "absent",
                    "histogram_quantile",
                    "clamp_min",
                    "clamp_max",
                    "abs",
                    "time",
                    "vector",
                    "scalar",
                    "sort",
                    "sort_desc");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void promtoolAcceptsTheRules() {
        String out = promtool("check", "rules", RULES.toString());
        assertThat(out).contains("SUCCESS").contains("rules found");
    }

    @Test
    void promtoolAcceptsTheScrapeConfiguration() {
        // Syntax only: the token file and the rule file exist in the Prometheus container, not
        // here.
        String out = promtool("check", "config", "--syntax-only", CONFIG.toString());
        assertThat(out).contains("SUCCESS");
    }

    @Test
    void aBrokenRuleIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path broken = dir.resolve("alerts.yml");
        Files.writeString(
                broken,
                Files.readString(RULES)
                        .replace(
                                "max(sangsaeng_incidents_open) > 0",
                                "max(sangsaeng_incidents_open > 0"));
        assertThat(run(List.of("promtool", "check", "rules", broken.toString())).exitCode())
                .isNotZero();
    }

    @Test
    void theMetricNamesAreReadFromExpressions() {
        assertThat(
                        metricNames(
                                "max by (channel) (delta(sangsaeng_outbox{state=\"failed\"}[30m])) > 0"))
                .containsExactly("sangsaeng_outbox");
        assertThat(
                        metricNames(
                                "max by (instance) (hikaricp_connections_pending{pool=\"sangsaeng\"}) > 0 and "
                                        + "max by (instance) (hikaricp_connections_max{pool=\"sangsaeng\"}) >= 1"))
                .containsExactly("hikaricp_connections_max", "hikaricp_connections_pending");
        assertThat(metricNames("sangsaeng_audit_export_lag != sangsaeng_audit_export_lag"))
                .containsExactly("sangsaeng_audit_export_lag");
    }

    /**
     * Every metric name in an expression of the rules and of the dashboard, with where it was
     * found.
     */
    static Map<String, Set<String>> metricsUsed() {
        Map<String, Set<String>> used = new java.util.TreeMap<>();
        for (String expr : ruleExpressions()) {
            used.computeIfAbsent("alerts.yml", k -> new TreeSet<>()).addAll(metricNames(expr));
        }
        for (String expr : dashboardExpressions()) {
            used.computeIfAbsent("sangsaeng-dashboard.json", k -> new TreeSet<>())
                    .addAll(metricNames(expr));
        }
        return used;
    }

    @SuppressWarnings("unchecked")
    static List<String> ruleExpressions() {
        try {
            Map<String, Object> file = new Yaml().load(Files.readString(RULES));
            List<String> exprs = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    exprs.add(String.valueOf(rule.get("expr")));
                }
            }
            return exprs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> dashboardExpressions() {
        JsonNode dashboard = JsonMapper.builder().build().readTree(DASHBOARD.toFile());
        List<String> exprs = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                exprs.add(target.get("expr").asString());
            }
        }
        return exprs;
    }

    /**
     * The metric names of a PromQL expression: what is left without label matchers, ranges,
     * groupings and functions.
     */
    static Set<String> metricNames(String expr) {
        String bare =
                expr.replaceAll("\"[^\"]*\"", "")
                        .replaceAll("\\{[^}]*}", " ")
                        .replaceAll("\\[[^]]*]", " ")
                        .replaceAll(
                                "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)",
                                " ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String word = m.group();
            boolean function = bare.substring(m.end()).stripLeading().startsWith("(");
            if (!function && !PROMQL_WORDS.contains(word) && !word.matches("\\d.*")) {
                names.add(word);
            }
        }
        return names;
    }

    private static String promtool(String... args) {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Result result = run(command);
        assertThat(result.exitCode())
                .as(String.join(" ", command) + ":\n" + result.output())
                .isZero();
        return result.output();
    }

    record Result(int exitCode, String output) {}

    private static Result run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(
                    "promtool is missing: it comes with Debian's prometheus package "
                            + "(apt-get install prometheus; ./sangsaeng test installs it)",
                    e);
        }
        try {
            String output =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
