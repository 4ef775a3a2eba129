package org.sangsaeng;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.tasks.TaskView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The set-up the tests on the real Zeebe broker share: the app on a random port with a broker it
 * starts as a child process and a MariaDB of its own ({@link TestSystem#managedBroker}), a context
 * of its own, and the steps they all take: a person waits for a task, answers it, and the test
 * reads what the audit trail says happened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public abstract class BrokerIntegrationTest {

    /** How long a step on the real broker may take on a busy two-core machine. */
    protected static final Duration WAIT = Duration.ofMinutes(3);

    @DynamicPropertySource
    static void managedBroker(DynamicPropertyRegistry registry) {
        TestSystem.managedBroker(registry);
    }

    @Autowired protected AccountService accounts;
    @Autowired protected CoopService coops;
    @Autowired protected TaskInbox inbox;
    @Autowired protected JdbcTemplate jdbc;

    @AfterEach
    void signOutAfterEach() {
        Fixtures.signOut();
    }

    /**
     * Signs the user in and waits until their task list has a task of that form about that business
     * key for which {@code which} holds.
     */
    protected TaskView awaitTask(
            String user, String formKey, String businessKey, Predicate<TaskView> which) {
        return MyTaskList.awaitTask(inbox, user, formKey, businessKey, which, WAIT);
    }

    /** The user answers their task of that form about that business key, as the form sends it. */
    protected void complete(
            String user, String formKey, String businessKey, Map<String, Object> form) {
        inbox.complete(awaitTask(user, formKey, businessKey, t -> true).id(), form);
    }

    protected int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** The elements of the process instance that completed, from the audit trail. */
    protected List<String> completedElements(long instance) {
        return jdbc.queryForList(
                "SELECT DISTINCT element_id FROM audit_record WHERE process_instance_key = ?"
                        + " AND value_type = 'PROCESS_INSTANCE' AND intent = 'ELEMENT_COMPLETED'",
                String.class,
                instance);
    }

    /** Who completed the instance's user tasks, from the audit trail. */
    protected List<String> completedBy(long instance) {
        return jdbc.queryForList(
                "SELECT DISTINCT completed_by FROM audit_record WHERE process_instance_key = ?"
                        + " AND completed_by IS NOT NULL",
                String.class,
                instance);
    }
}
