package org.sangsaeng.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.exporter.test.ExporterTestConfiguration;
import io.camunda.zeebe.exporter.test.ExporterTestContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditExporterConfigTests {

    private static final String URL = "jdbc:mariadb://127.0.0.1:3316/sangsaeng";

    @Test
    void refusesToStartWithoutADatabaseUrl() {
        // given
        var context = context(Map.of("user", "root"));

        // when / then
        assertThatThrownBy(() -> new AuditExporter().configure(context))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("args.url");
    }

    @Test
    void refusesAUrlTheDriverCannotUse() {
        assertThatThrownBy(
                        () ->
                                new AuditExporter()
                                        .configure(
                                                context(
                                                        Map.of(
                                                                "url",
                                                                "jdbc:postgresql://db/sangsaeng"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mariadb://");
    }

    @Test
    void defaultsToBatchesOfAHundredEveryHalfSecond() {
        var config = AuditExporterConfig.from(Map.of("url", URL));

        assertThat(config.batchSize()).isEqualTo(100);
        assertThat(config.flushInterval()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void readsSettingsAsPropertiesFilesAndEnvironmentVariablesWriteThem() {
        // given strings from a properties file, keys lower-cased from
        // ZEEBE_BROKER_EXPORTERS_AUDIT_ARGS_*
        var config =
                AuditExporterConfig.from(
                        Map.of(
                                "url",
                                URL,
                                "user",
                                "root",
                                "password",
                                "",
                                "batchsize",
                                "25",
                                "flushintervalms",
                                "2000"));

        // then
        assertThat(config.url()).isEqualTo(URL);
        assertThat(config.user()).isEqualTo("root");
        assertThat(config.password()).isEmpty();
        assertThat(config.batchSize()).isEqualTo(25);
        assertThat(config.flushInterval()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void neverShowsThePassword() {
        var config =
                AuditExporterConfig.from(
                        Map.of("url", URL + "?password=inUrl", "password", "s3cret"));

        assertThat(config.toString()).doesNotContain("s3cret").doesNotContain("inUrl");
        assertThat(config.location()).isEqualTo(URL);
    }

    @Test
    void refusesAnEmptyBatch() {
        assertThatThrownBy(() -> AuditExporterConfig.from(Map.of("url", URL, "batchSize", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize");
    }

    private static ExporterTestContext context(Map<String, Object> args) {
        return new ExporterTestContext()
                .setConfiguration(new ExporterTestConfiguration<>("audit", args, a -> a));
    }
}
