package org.sangsaeng.engine.audit;

import io.camunda.zeebe.protocol.record.ImmutableRecord;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RecordValue;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ImmutableJobRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableProcessInstanceRecordValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;

/** Engine records as the broker would hand them to the exporter. */
final class TestRecords {

    static final int PARTITION = 1;
    static final long PROCESS_INSTANCE = 2251799813685249L;
    static final String PROCESS_ID = "group-purchase";
    static final Instant TIME = Instant.parse("2026-03-01T09:15:30.123Z");

    private TestRecords() {}

    static Record<?> processInstance(
            long position,
            ProcessInstanceIntent intent,
            String elementId,
            BpmnElementType elementType) {
        var value =
                ImmutableProcessInstanceRecordValue.builder()
                        .withProcessInstanceKey(PROCESS_INSTANCE)
                        .withBpmnProcessId(PROCESS_ID)
                        .withElementId(elementId)
                        .withBpmnElementType(elementType)
                        .build();
        return event(
                position, PROCESS_INSTANCE + position, ValueType.PROCESS_INSTANCE, intent, value);
    }

    static Record<?> job(long position, JobIntent intent, Map<String, Object> variables) {
        var value =
                ImmutableJobRecordValue.builder()
                        .withProcessInstanceKey(PROCESS_INSTANCE)
                        .withBpmnProcessId(PROCESS_ID)
                        .withElementId("PlacePooledOrderTask")
                        .withType("purchase-place-order")
                        .withVariables(variables)
                        .build();
        return event(position, PROCESS_INSTANCE + 100, ValueType.JOB, intent, value);
    }

    static <T extends RecordValue> Record<T> event(
            long position, long key, ValueType valueType, Intent intent, T value) {
        return record(position, key, RecordType.EVENT, valueType, intent, value);
    }

    static <T extends RecordValue> Record<T> record(
            long position,
            long key,
            RecordType recordType,
            ValueType valueType,
            Intent intent,
            T value) {
        return jsonRecord(
                ImmutableRecord.<T>builder()
                        .withPartitionId(PARTITION)
                        .withPosition(position)
                        .withKey(key)
                        .withTimestamp(TIME.plusMillis(position).toEpochMilli())
                        .withRecordType(recordType)
                        .withValueType(valueType)
                        .withIntent(intent)
                        .withValue(value)
                        .build());
    }

    static String json(Record<?> record) {
        return "{\"partitionId\":%d,\"position\":%d,\"valueType\":\"%s\",\"intent\":\"%s\"}"
                .formatted(
                        record.getPartitionId(),
                        record.getPosition(),
                        record.getValueType(),
                        record.getIntent());
    }

    /**
     * The protocol's immutable records cannot serialise themselves (the broker's own records can),
     * so this proxy answers {@code toJson()} with a small stand-in and passes every other method
     * on. A proxy rather than a class: the {@code Record} interface gains methods between Zeebe
     * versions (8.5 and 8.6 differ), and the tests run against both.
     */
    @SuppressWarnings("unchecked")
    private static <T extends RecordValue> Record<T> jsonRecord(Record<T> delegate) {
        return (Record<T>)
                Proxy.newProxyInstance(
                        Record.class.getClassLoader(),
                        new Class<?>[] {Record.class},
                        (proxy, method, args) -> {
                            if ("toJson".equals(method.getName())
                                    && method.getParameterCount() == 0) {
                                return json(delegate);
                            }
                            try {
                                return method.invoke(delegate, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
    }
}
