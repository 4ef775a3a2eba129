package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.SangsaengApplication;
import org.sangsaeng.TestSystem;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.ApplicationStatus;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.MembershipApplicationForm;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.tasks.TaskView;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scale-out: two app nodes against one broker and one database, as two applications in this JVM.
 * Node A runs the managed broker; node B reaches it as a remote gateway. Applications to join are
 * made on both nodes, their review tasks completed on both nodes, two of them by the leader in a
 * browser signed in to each node: every job is done exactly once (the audit trail names the node of
 * each job) and every application is decided.
 */
class TwoNodesBrokerIntegrationTests {

    static final Duration WAIT = Duration.ofMinutes(3);
    static final int APPLICATIONS = 12;

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        Map<String, Object> shared = new HashMap<>();
        TestSystem.managedBroker((name, value) -> shared.put(name, value.get()));
        shared.put("server.port", 0);
        shared.put("vaadin.productionMode", true);
        shared.put("sangsaeng.notifications.dispatch-interval", "PT1H");
        nodeA = start(shared, Map.of("sangsaeng.node-name", "node-a"));
        nodeB =
                start(
                        shared,
                        Map.of(
                                "sangsaeng.node-name",
                                "node-b",
                                "sangsaeng.engine.mode",
                                "remote",
                                "sangsaeng.engine.grpc-address",
                                "http://127.0.0.1:"
                                        + shared.get("sangsaeng.engine.managed.gateway-port"),
                                "sangsaeng.engine.rest-address",
                                "http://127.0.0.1:"
                                        + shared.get("sangsaeng.engine.managed.rest-port")));
    }

    private static ConfigurableApplicationContext start(
            Map<String, Object> shared, Map<String, Object> own) {
        Map<String, Object> all = new TreeMap<>(shared);
        all.putAll(own);
        // As command-line arguments: they win over application.yaml, as environment variables do.
        String[] args =
                all.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new);
        return new SpringApplicationBuilder(SangsaengApplication.class).run(args);
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void eachJobIsDoneOnceAndEitherNodeCompletesTasksAndServesUsers() throws Exception {
        Fixtures f =
                Fixtures.create(
                        nodeA.getBean(AccountService.class), nodeA.getBean(CoopService.class));
        List<ConfigurableApplicationContext> nodes = List.of(nodeA, nodeB);
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            String applicant = "app" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            nodeA.getBean(AccountService.class)
                    .createAccount(applicant, Fixtures.PASSWORD, "신청인" + i, Set.of());
            Fixtures.signIn(applicant);
            applications.add(
                    nodes.get(i % 2)
                            .getBean(MembershipService.class)
                            .apply(
                                    f.coopId(),
                                    new MembershipApplicationForm(
                                            BusinessType.BAKERY, "가게 " + i, null))
                            .id());
        }

        // The leader's review tasks, completed half on each node.
        Fixtures.signIn(f.leader());
        await().atMost(WAIT).pollInSameThread().until(() -> reviews(nodeB).size() == APPLICATIONS);
        List<TaskView> reviews = reviews(nodeA);
        // Two reviews approved by the leader in a browser, one signed in to each node (a session of
        // its own
        // there, as behind the sticky load balancer); the rest through the services, half on each
        // node.
        try (Browser browser = new Browser()) {
            for (int i = 0; i < nodes.size(); i++) {
                approveInBrowser(
                        browser.newPage(1200, 800),
                        port(nodes.get(i)),
                        f.leader(),
                        reviews.get(i).id());
            }
        }
        for (int i = nodes.size(); i < reviews.size(); i++) {
            nodes.get(i % 2)
                    .getBean(TaskInbox.class)
                    .complete(reviews.get(i).id(), Map.of("approved", true));
        }
        for (long id : applications) {
            await().atMost(WAIT)
                    .pollInSameThread()
                    .until(
                            () ->
                                    nodeB.getBean(MembershipService.class).get(id).status()
                                            == ApplicationStatus.APPROVED);
        }

        // Every job of these processes completed exactly once, by one node or the other.
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        String instances =
                "SELECT process_instance_key FROM membership_application WHERE id IN ("
                        + String.join(",", applications.stream().map(String::valueOf).toList())
                        + ")";
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT COUNT(*) FROM audit_record WHERE value_type = 'JOB'"
                                                        + " AND intent = 'COMPLETED' AND process_instance_key IN ("
                                                        + instances
                                                        + ")",
                                                Integer.class)
                                        == 2 * APPLICATIONS);
        List<Map<String, Object>> completions =
                jdbc.queryForList(
                        """
                SELECT record_key, COUNT(*) AS n, MIN(value_json) AS json FROM audit_record
                 WHERE value_type = 'JOB' AND intent = 'COMPLETED' AND process_instance_key IN ("""
                                + instances
                                + """
                ) GROUP BY record_key""");
        assertThat(completions)
                .hasSize(2 * APPLICATIONS)
                .allSatisfy(
                        c ->
                                assertThat(((Number) c.get("n")).intValue())
                                        .as("completions of job %s", c.get("record_key"))
                                        .isEqualTo(1));
        Map<String, Integer> byNode = new TreeMap<>();
        Pattern worker = Pattern.compile("\"worker\":\"[^\"]*@(node-[ab])\"");
        for (Map<String, Object> c : completions) {
            Matcher m = worker.matcher((String) c.get("json"));
            byNode.merge(m.find() ? m.group(1) : "?", 1, Integer::sum);
        }
        System.out.println("Jobs done per node: " + byNode);
        assertThat(byNode.keySet()).isSubsetOf("node-a", "node-b");
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM task WHERE process_instance_key IN ("
                                        + instances
                                        + ")",
                                Integer.class))
                .as("one task row per review, whichever node stored it")
                .isEqualTo(APPLICATIONS);
    }

    /**
     * Signs in on this node's login page, opens the review task by its address and approves it
     * there.
     */
    private static void approveInBrowser(Page page, int port, String leader, long taskId) {
        BrowserTest.signIn(page, port, leader);

        page.navigate("http://localhost:" + port + "/tasks/" + taskId);
        assertThat(
                        page.locator("h2")
                                .filter(new Locator.FilterOptions().setHasText("조합원 가입 신청 심사")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        page.locator("#review-decision vaadin-radio-button").first().click();
        page.locator("#complete-task").click();
        assertThat(page.locator("#my-tasks-grid"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        page.context().close();
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static List<TaskView> reviews(ConfigurableApplicationContext node) {
        return node.getBean(TaskInbox.class).myTasks(TaskFilter.none(), 0, 100).stream()
                .filter(t -> "membership-review".equals(t.formKey()))
                .toList();
    }
}
