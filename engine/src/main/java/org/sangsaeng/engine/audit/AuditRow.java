package org.sangsaeng.engine.audit;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordValueWithVariables;
import io.camunda.zeebe.protocol.record.value.ErrorRecordValue;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.MessageSubscriptionRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceCreationRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRelated;
import io.camunda.zeebe.protocol.record.value.ProcessMessageSubscriptionRecordValue;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.camunda.zeebe.protocol.record.value.deployment.ProcessMetadataValue;
import java.time.Instant;

/** One line of {@code audit_record}, copied out of a record before the broker reuses it. */
record AuditRow(
        int partitionId,
        long position,
        long recordKey,
        String recordType,
        String valueType,
        String intent,
        Instant recordTime,
        Long processInstanceKey,
        String bpmnProcessId,
        String elementId,
        String elementType,
        String completedBy,
        String valueJson) {

    /** The variable a worker or a task form sets to say who finished the work. */
    static final String COMPLETED_BY = "completedBy";

    static AuditRow of(Record<?> record) {
        Object value = record.getValue();
        Long processInstanceKey =
                value instanceof ProcessInstanceRelated related
                        ? key(related.getProcessInstanceKey())
                        : null;
        String bpmnProcessId = null;
        String elementId = null;
        String elementType = null;
        String completedBy = null;
        switch (value) {
            case ProcessInstanceRecordValue v -> {
                bpmnProcessId = v.getBpmnProcessId();
                elementId = v.getElementId();
                elementType = v.getBpmnElementType() == null ? null : v.getBpmnElementType().name();
            }
            case JobRecordValue v -> {
                bpmnProcessId = v.getBpmnProcessId();
                elementId = v.getElementId();
                completedBy = completedBy(v);
            }
            case UserTaskRecordValue v -> {
                bpmnProcessId = v.getBpmnProcessId();
                elementId = v.getElementId();
                completedBy = completedBy(v);
            }
            case IncidentRecordValue v -> {
                bpmnProcessId = v.getBpmnProcessId();
                elementId = v.getElementId();
            }
            case ProcessMessageSubscriptionRecordValue v -> {
                bpmnProcessId = v.getBpmnProcessId();
                elementId = v.getElementId();
            }
            case TimerRecordValue v -> elementId = v.getTargetElementId();
            case VariableRecordValue v -> bpmnProcessId = v.getBpmnProcessId();
            case MessageSubscriptionRecordValue v -> bpmnProcessId = v.getBpmnProcessId();
            case ProcessInstanceCreationRecordValue v -> bpmnProcessId = v.getBpmnProcessId();
            case ProcessMetadataValue v -> bpmnProcessId = v.getBpmnProcessId();
            case ErrorRecordValue v -> processInstanceKey = key(v.getProcessInstanceKey());
            case null, default -> {}
        }
        return new AuditRow(
                record.getPartitionId(),
                record.getPosition(),
                record.getKey(),
                record.getRecordType().name(),
                record.getValueType().name(),
                record.getIntent().name(),
                Instant.ofEpochMilli(record.getTimestamp()),
                processInstanceKey,
                blankToNull(bpmnProcessId),
                blankToNull(elementId),
                elementType,
                completedBy,
                record.toJson());
    }

    private static String completedBy(RecordValueWithVariables value) {
        Object who = value.getVariables() == null ? null : value.getVariables().get(COMPLETED_BY);
        return who == null ? null : blankToNull(who.toString());
    }

    // Zeebe writes -1 where a record belongs to no process instance (e.g. a timer start event).
    private static Long key(long key) {
        return key > 0 ? key : null;
    }

    // Zeebe leaves absent strings empty rather than null; the audit table says "unknown" with NULL.
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
