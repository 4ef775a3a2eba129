package org.sangsaeng.engine.audit;

import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the audit trail keeps: what happened (events) and what was refused (rejections). Plain
 * commands are only requests, and the other value types are engine housekeeping.
 */
final class AuditRecordFilter implements Context.RecordFilter {

    static final Set<RecordType> RECORD_TYPES =
            EnumSet.of(RecordType.EVENT, RecordType.COMMAND_REJECTION);

    static final Set<ValueType> VALUE_TYPES =
            EnumSet.of(
                    ValueType.PROCESS_INSTANCE,
                    ValueType.PROCESS_INSTANCE_CREATION,
                    ValueType.JOB,
                    ValueType.USER_TASK,
                    ValueType.VARIABLE,
                    ValueType.TIMER,
                    ValueType.MESSAGE,
                    ValueType.MESSAGE_SUBSCRIPTION,
                    ValueType.PROCESS_MESSAGE_SUBSCRIPTION,
                    ValueType.INCIDENT,
                    ValueType.ERROR,
                    ValueType.PROCESS,
                    ValueType.DEPLOYMENT);

    @Override
    public boolean acceptType(RecordType recordType) {
        return RECORD_TYPES.contains(recordType);
    }

    @Override
    public boolean acceptValue(ValueType valueType) {
        return VALUE_TYPES.contains(valueType);
    }
}
