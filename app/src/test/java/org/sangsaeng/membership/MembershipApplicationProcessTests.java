package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** membership-application.bpmn on Zeebe's in-memory engine: the order of steps, without our services. */
class MembershipApplicationProcessTests {

    // A fresh engine per test: tests move the engine's clock forward.
    private ZeebeTestEngine engine;
    private CamundaClient client;

    @BeforeEach
    void deploy() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        engine = EngineFactory.create(port);
        engine.start();
        client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + port))
                .restAddress(URI.create("http://127.0.0.1:1"))
                .preferRestOverGrpc(false)
                .build();
        Path bpmn = Path.of(System.getProperty("sangsaeng.project.root", ".."), "processes",
                "membership-application.bpmn");
        client.newDeployResourceCommand().addResourceFile(bpmn.toString()).send().join();
    }

    @AfterEach
    void stop() {
        client.close();
        engine.stop();
    }

    @Test
    void leaderOfTheCoopReviewsAndAnApprovalAddsTheMember() throws Exception {
        long instance = startApplication(41, 7);

        ActivatedJob review = single("io.camunda.zeebe:userTask");
        assertThat(review.getElementId()).isEqualTo("ReviewApplicationTask");
        assertThat(review.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "membership-review")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"coop:7:leader\"]");
        ZonedDateTime due = ZonedDateTime.parse(review.getCustomHeaders().get("io.camunda.zeebe:dueDate"));
        assertThat(due).isAfter(ZonedDateTime.now().plusDays(2)).isBefore(ZonedDateTime.now().plusDays(4));

        client.newCompleteCommand(review.getKey())
                .variables(Map.of("approved", true, "reason", "", "completedBy", "kim.bakery")).send().join();

        ActivatedJob add = single("membership-approve");
        assertThat(add.getVariablesAsMap()).containsEntry("applicationId", 41).containsEntry("completedBy", "kim.bakery");
        client.newCompleteCommand(add.getKey()).send().join();

        assertThat(completedElements(instance)).containsExactly("ReviewApplicationTask", "AddMemberTask",
                "MemberJoinedEndEvent", "membership-application");
    }

    @Test
    void aRejectionIsRecordedWithItsReasonAndNobodyIsAdded() throws Exception {
        long instance = startApplication(42, 8);

        ActivatedJob review = single("io.camunda.zeebe:userTask");
        client.newCompleteCommand(review.getKey())
                .variables(Map.of("approved", false, "reason", "업종 중복", "completedBy", "kang.fish")).send().join();

        ActivatedJob reject = single("membership-reject");
        assertThat(reject.getVariablesAsMap()).containsEntry("reason", "업종 중복");
        client.newCompleteCommand(reject.getKey()).send().join();

        assertThat(completedElements(instance)).containsExactly("ReviewApplicationTask", "RecordRejectionTask",
                "ApplicationRejectedEndEvent", "membership-application");
    }

    @Test
    void leadersAreRemindedADayBeforeTheDueDateAndTheFoundationIsToldWhenItPasses() throws Exception {
        long instance = startApplication(43, 9);
        ActivatedJob review = single("io.camunda.zeebe:userTask");
        assertThat(activate("task-remind")).isEmpty();

        engine.increaseTime(Duration.ofDays(2).plusHours(1));
        ActivatedJob remind = single("task-remind");
        assertThat(remind.getCustomHeaders()).containsEntry("taskElementId", "ReviewApplicationTask");
        client.newCompleteCommand(remind.getKey()).send().join();
        assertThat(activate("task-escalate")).as("not overdue yet").isEmpty();

        engine.increaseTime(Duration.ofDays(1));
        ActivatedJob escalate = single("task-escalate");
        assertThat(escalate.getCustomHeaders()).containsEntry("escalateTo", "foundation");
        client.newCompleteCommand(escalate.getKey()).send().join();

        // The task stays open through both: a late review still counts.
        client.newCompleteCommand(review.getKey())
                .variables(Map.of("approved", true, "reason", "", "completedBy", "kim.bakery")).send().join();
        client.newCompleteCommand(single("membership-approve").getKey()).send().join();
        assertThat(completedElements(instance)).contains("RemindReviewersTask", "EscalateReviewTask",
                "ReviewApplicationTask", "MemberJoinedEndEvent", "membership-application");
    }

    @Test
    void aReviewDoneInTimeCancelsTheReminderAndTheEscalation() throws Exception {
        long instance = startApplication(44, 10);
        client.newCompleteCommand(single("io.camunda.zeebe:userTask").getKey())
                .variables(Map.of("approved", false, "reason", "정원 초과", "completedBy", "kim.bakery")).send().join();
        client.newCompleteCommand(single("membership-reject").getKey()).send().join();

        engine.increaseTime(Duration.ofDays(4));
        assertThat(activate("task-remind")).isEmpty();
        assertThat(activate("task-escalate")).isEmpty();
        assertThat(completedElements(instance)).doesNotContain("RemindReviewersTask", "EscalateReviewTask");
    }

    private List<ActivatedJob> activate(String type) throws Exception {
        engine.waitForIdleState(Duration.ofSeconds(5));
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
                .timeout(Duration.ofMinutes(1)).send().join().getJobs();
    }

    private List<String> incidents() {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValue() instanceof io.camunda.zeebe.protocol.record.value.IncidentRecordValue)
                .map(r -> ((io.camunda.zeebe.protocol.record.value.IncidentRecordValue) r.getValue()).getErrorMessage())
                .toList();
    }

    private long startApplication(long applicationId, long coopId) {
        return client.newCreateInstanceCommand().bpmnProcessId("membership-application").latestVersion()
                .variables(Map.of("applicationId", applicationId, "coopId", coopId, "applicant", "oh.laundry",
                        "businessKey", "membership-application-" + applicationId,
                        "reviewDue", Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS).toString()))
                .send().join().getProcessInstanceKey();
    }

    private ActivatedJob single(String type) throws Exception {
        engine.waitForIdleState(Duration.ofSeconds(5));
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
                .timeout(Duration.ofMinutes(1)).send().join().getJobs();
        assertThat(jobs).as("jobs of type %s; incidents: %s", type, incidents()).hasSize(1);
        return jobs.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<String> completedElements(long instance) throws Exception {
        engine.waitForIdleState(Duration.ofSeconds(5));
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValue() instanceof ProcessInstanceRecordValue)
                .map(r -> (Record<ProcessInstanceRecordValue>) r)
                .filter(r -> r.getValue().getProcessInstanceKey() == instance)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                .filter(r -> r.getValue().getBpmnElementType() != BpmnElementType.SEQUENCE_FLOW
                        && r.getValue().getBpmnElementType() != BpmnElementType.START_EVENT
                        && r.getValue().getBpmnElementType() != BpmnElementType.EXCLUSIVE_GATEWAY)
                .map(Record::getValue)
                .map(ProcessInstanceRecordValue::getElementId)
                .toList();
    }
}
