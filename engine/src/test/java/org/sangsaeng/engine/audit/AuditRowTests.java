package org.sangsaeng.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.engine.audit.TestRecords.PROCESS_ID;
import static org.sangsaeng.engine.audit.TestRecords.PROCESS_INSTANCE;

import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ErrorIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.ImmutableErrorRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableTimerRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableUserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableVariableRecordValue;
import org.junit.jupiter.api.Test;

class AuditRowTests {

    @Test
    void aTimerIsFiledUnderTheElementItTriggers() {
        var timer =
                ImmutableTimerRecordValue.builder()
                        .withProcessInstanceKey(PROCESS_INSTANCE)
                        .withTargetElementId("VoteDeadlineTimer")
                        .build();

        var row =
                AuditRow.of(
                        TestRecords.event(20, 7, ValueType.TIMER, TimerIntent.TRIGGERED, timer));

        assertThat(row.processInstanceKey()).isEqualTo(PROCESS_INSTANCE);
        assertThat(row.elementId()).isEqualTo("VoteDeadlineTimer");
        assertThat(row.bpmnProcessId()).isNull();
    }

    @Test
    void aStartTimerBelongsToNoProcessInstance() {
        var timer =
                ImmutableTimerRecordValue.builder()
                        .withProcessInstanceKey(-1)
                        .withTargetElementId("MonthlyStartEvent")
                        .build();

        var row =
                AuditRow.of(TestRecords.event(21, 8, ValueType.TIMER, TimerIntent.CREATED, timer));

        assertThat(row.processInstanceKey()).isNull();
    }

    @Test
    void aVariableKeepsItsProcess() {
        var variable =
                ImmutableVariableRecordValue.builder()
                        .withProcessInstanceKey(PROCESS_INSTANCE)
                        .withBpmnProcessId(PROCESS_ID)
                        .withName("quorum")
                        .withValue("3")
                        .build();

        var row =
                AuditRow.of(
                        TestRecords.event(
                                22, 9, ValueType.VARIABLE, VariableIntent.CREATED, variable));

        assertThat(row.processInstanceKey()).isEqualTo(PROCESS_INSTANCE);
        assertThat(row.bpmnProcessId()).isEqualTo(PROCESS_ID);
        assertThat(row.elementId()).isNull();
        assertThat(row.completedBy()).isNull();
    }

    @Test
    void aCompletedUserTaskNamesWhoCompletedIt() {
        var task =
                ImmutableUserTaskRecordValue.builder()
                        .withProcessInstanceKey(PROCESS_INSTANCE)
                        .withBpmnProcessId("coupon-approval")
                        .withElementId("ApproveCouponTask")
                        .putVariable("completedBy", "park.seoyeon")
                        .build();

        var row =
                AuditRow.of(
                        TestRecords.event(
                                23, 10, ValueType.USER_TASK, UserTaskIntent.COMPLETED, task));

        assertThat(row.completedBy()).isEqualTo("park.seoyeon");
        assertThat(row.elementId()).isEqualTo("ApproveCouponTask");
        assertThat(row.bpmnProcessId()).isEqualTo("coupon-approval");
    }

    @Test
    void aRejectionIsRecordedAsSuch() {
        var task =
                ImmutableUserTaskRecordValue.builder()
                        .withProcessInstanceKey(PROCESS_INSTANCE)
                        .withElementId("ApproveCouponTask")
                        .build();

        var row =
                AuditRow.of(
                        TestRecords.record(
                                24,
                                10,
                                RecordType.COMMAND_REJECTION,
                                ValueType.USER_TASK,
                                UserTaskIntent.COMPLETE,
                                task));

        assertThat(row.recordType()).isEqualTo("COMMAND_REJECTION");
        assertThat(row.intent()).isEqualTo("COMPLETE");
        assertThat(row.completedBy()).isNull();
    }

    @Test
    void anEngineErrorPointsAtItsProcessInstance() {
        var error =
                ImmutableErrorRecordValue.builder()
                        .withProcessInstanceKey(PROCESS_INSTANCE)
                        .withExceptionMessage("boom")
                        .build();

        var row =
                AuditRow.of(TestRecords.event(25, 11, ValueType.ERROR, ErrorIntent.CREATED, error));

        assertThat(row.processInstanceKey()).isEqualTo(PROCESS_INSTANCE);
        assertThat(row.valueType()).isEqualTo("ERROR");
    }
}
