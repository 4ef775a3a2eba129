package org.sangsaeng.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.Process;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a release that changes one process file does to the versions of the others: the app deploys
 * every file at start-up, and only the changed one may get a new version (Zeebe's in-memory engine,
 * which deploys as the 8.6 broker does).
 */
class ProcessDeploymentTests {

    @Test
    void aReleaseThatChangesOneProcessGivesOnlyThatOneANewVersion() throws Exception {
        try (ProcessTestEngine engine = new ProcessTestEngine()) {
            assertThat(
                            versions(
                                    EngineLifecycle.deployEach(
                                            engine.client(), release("Order closed"))))
                    .containsExactly("purchase v1", "vote v1");
            assertThat(
                            versions(
                                    EngineLifecycle.deployEach(
                                            engine.client(), release("Order closed"))))
                    .as("the same release started again")
                    .containsExactly("purchase v1", "vote v1");

            assertThat(
                            versions(
                                    EngineLifecycle.deployEach(
                                            engine.client(),
                                            release("Order closed, members told"))))
                    .as("the next release, which changed only the purchase")
                    .containsExactly("purchase v2", "vote v1");
        }
    }

    @Test
    void deployedTogetherAnUnchangedProcessWouldGetANewVersionToo() throws Exception {
        // Why the app deploys file by file: the engine's own rule for a deployment of several
        // files.
        try (ProcessTestEngine engine = new ProcessTestEngine()) {
            Map<String, byte[]> first = release("Order closed");
            Map<String, byte[]> next = release("Order closed, members told");
            engine.client()
                    .newDeployResourceCommand()
                    .addResourceBytes(first.get("purchase.bpmn"), "purchase.bpmn")
                    .addResourceBytes(first.get("vote.bpmn"), "vote.bpmn")
                    .send()
                    .join();
            List<Process> together =
                    engine.client()
                            .newDeployResourceCommand()
                            .addResourceBytes(next.get("purchase.bpmn"), "purchase.bpmn")
                            .addResourceBytes(next.get("vote.bpmn"), "vote.bpmn")
                            .send()
                            .join()
                            .getProcesses();
            assertThat(versions(together)).containsExactly("purchase v2", "vote v2");
        }
    }

    /**
     * Two process files of a release; the purchase's milestone is named as the release names it.
     */
    private static Map<String, byte[]> release(String milestone) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("purchase.bpmn", process("purchase", milestone));
        files.put("vote.bpmn", process("vote", "Vote closed"));
        return files;
    }

    private static byte[] process(String id, String milestone) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_%1$s"
                    targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%1$s" isExecutable="true">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>ToMilestone</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:intermediateThrowEvent id="Milestone" name="%2$s"><bpmn:incoming>ToMilestone</bpmn:incoming>
                      <bpmn:outgoing>ToEnd</bpmn:outgoing></bpmn:intermediateThrowEvent>
                    <bpmn:endEvent id="End"><bpmn:incoming>ToEnd</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="ToMilestone" sourceRef="Start" targetRef="Milestone" />
                    <bpmn:sequenceFlow id="ToEnd" sourceRef="Milestone" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """
                .formatted(id, milestone)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> versions(List<Process> processes) {
        return processes.stream().map(p -> p.getBpmnProcessId() + " v" + p.getVersion()).toList();
    }
}
