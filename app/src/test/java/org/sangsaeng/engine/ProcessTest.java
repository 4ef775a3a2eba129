package org.sangsaeng.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of BPMN files on a fresh in-memory engine per test ({@link ProcessTestEngine}); the test
 * plays the workers and the people.
 */
public abstract class ProcessTest {

    /** The job type Zeebe gives every user task. */
    protected static final String USER_TASK = "io.camunda.zeebe:userTask";

    /**
     * The rules' defaults: a person's decision, review or confirmation is due in 48 h, reminded 24
     * h before.
     */
    protected static final Duration DECISION_TIME = Duration.ofHours(48);

    protected static final Duration REMINDER_LEAD = Duration.ofHours(24);

    /** Three members who vote. */
    protected static final List<String> MEMBERS =
            List.of("kim.bakery", "park.butcher", "lee.banchan");

    private final String[] processFiles;

    protected ProcessTestEngine engine;

    /** The BPMN files (in processes/) to deploy, called processes first. */
    protected ProcessTest(String... processFiles) {
        this.processFiles = processFiles.clone();
    }

    @BeforeEach
    protected void deploy() throws Exception {
        engine = new ProcessTestEngine(processFiles);
    }

    @AfterEach
    protected void stop() {
        engine.close();
    }

    /**
     * Starts a process whose first step is a review: with {@code variables}, the rules' reminder
     * lead and the review due {@link #DECISION_TIME} from now (engine time).
     */
    protected long startForReview(String bpmnProcessId, Map<String, Object> variables) {
        Map<String, Object> v = new HashMap<>(variables);
        v.put("reminderLead", REMINDER_LEAD.toString());
        v.put("reviewDue", engine.inEngineTime(DECISION_TIME));
        return engine.start(bpmnProcessId, v);
    }
}
