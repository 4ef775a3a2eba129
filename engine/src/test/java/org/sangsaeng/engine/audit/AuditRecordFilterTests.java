package org.sangsaeng.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.test.ExporterTestConfiguration;
import io.camunda.zeebe.exporter.test.ExporterTestContext;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditRecordFilterTests {

    private Context.RecordFilter filter;

    @BeforeEach
    void configuredExporter() {
        var context =
                new ExporterTestContext()
                        .setConfiguration(
                                new ExporterTestConfiguration<>(
                                        "audit",
                                        Map.of("url", "jdbc:mariadb://127.0.0.1:3316/sangsaeng"),
                                        args -> args));
        new AuditExporter().configure(context);
        filter = context.getRecordFilter();
    }

    @Test
    void keepsEventsAndRejectionsButNotPlainCommands() {
        assertThat(filter.acceptType(RecordType.EVENT)).isTrue();
        assertThat(filter.acceptType(RecordType.COMMAND_REJECTION)).isTrue();
        assertThat(filter.acceptType(RecordType.COMMAND)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = ValueType.class,
            names = {
                "PROCESS_INSTANCE",
                "PROCESS_INSTANCE_CREATION",
                "JOB",
                "USER_TASK",
                "VARIABLE",
                "TIMER",
                "MESSAGE",
                "MESSAGE_SUBSCRIPTION",
                "PROCESS_MESSAGE_SUBSCRIPTION",
                "INCIDENT",
                "ERROR",
                "PROCESS",
                "DEPLOYMENT"
            })
    void keepsWhatOversightAsksAbout(ValueType valueType) {
        assertThat(filter.acceptValue(valueType)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = ValueType.class,
            names = {
                "JOB_BATCH",
                "VARIABLE_DOCUMENT",
                "DEPLOYMENT_DISTRIBUTION",
                "COMMAND_DISTRIBUTION",
                "PROCESS_INSTANCE_BATCH",
                "MESSAGE_BATCH",
                "DECISION_EVALUATION",
                "MESSAGE_START_EVENT_SUBSCRIPTION",
                "SIGNAL",
                "CHECKPOINT",
                "SBE_UNKNOWN"
            })
    void dropsEngineHousekeeping(ValueType valueType) {
        assertThat(filter.acceptValue(valueType)).isFalse();
    }
}
