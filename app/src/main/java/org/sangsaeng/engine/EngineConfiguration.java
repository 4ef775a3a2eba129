package org.sangsaeng.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.impl.oauth.OAuthCredentialsProviderBuilder;
import java.net.URI;
import java.time.Duration;
import org.sangsaeng.shared.DatabaseConnection;
import org.sangsaeng.shared.SangsaengHome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One Camunda client per app node, connected according to {@code sangsaeng.engine.mode}. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    @ConditionalOnProperty(
            name = "sangsaeng.engine.mode",
            havingValue = "managed",
            matchIfMissing = true)
    ManagedBroker managedBroker(
            EngineProperties properties, SangsaengHome home, DatabaseConnection database) {
        return ManagedBroker.launch(properties, home, database);
    }

    @Bean
    @ConditionalOnProperty(
            name = "sangsaeng.engine.mode",
            havingValue = "managed",
            matchIfMissing = true)
    BrokerAdmin brokerAdmin(EngineProperties properties, SangsaengHome home) {
        return new BrokerAdmin(
                properties.managed().managementPort(),
                home.resolve(properties.managed().dataDir()));
    }

    @Bean
    EngineConnection engineConnection(
            EngineProperties properties, ObjectProvider<ManagedBroker> managedBroker) {
        return switch (properties.mode()) {
            case MANAGED -> {
                ManagedBroker broker = managedBroker.getObject();
                EngineProperties.Managed managed = properties.managed();
                yield new EngineConnection(
                        "http://127.0.0.1:" + managed.gatewayPort(),
                        "http://127.0.0.1:" + managed.restPort(),
                        () -> broker.awaitReady(properties.readyTimeout()));
            }
            case REMOTE ->
                    new EngineConnection(
                            properties.grpcAddress(), properties.restAddress(), () -> {});
            case IN_MEMORY -> InMemoryEngine.start();
        };
    }

    @Bean(destroyMethod = "close")
    CamundaClient camundaClient(EngineConnection connection, EngineProperties properties) {
        CamundaClientBuilder builder =
                CamundaClient.newClientBuilder()
                        .grpcAddress(URI.create(connection.grpcAddress()))
                        .restAddress(URI.create(connection.restAddress()))
                        // Against the 8.6 broker, jobs activated over REST came back with key -1:
                        // use gRPC.
                        .preferRestOverGrpc(false)
                        .defaultRequestTimeout(Duration.ofSeconds(30))
                        // Handlers wait on MariaDB and on the broker (completing the job), so more
                        // threads than
                        // cores: with one or two, a burst of one job type (200 members' tasks) held
                        // the others
                        // up for minutes on a loaded machine, past their timeouts.
                        .numJobWorkerExecutionThreads(8);
        if (properties.mode() == EngineProperties.Mode.IN_MEMORY) {
            // The in-memory engine (tests) has no long polling: every empty poll is a command on
            // its
            // log, kept in memory. Some 45 workers at the default 100 ms make hundreds a second for
            // as long as a test context lives, which slowed the other engines of a test run.
            builder.defaultJobPollInterval(Duration.ofSeconds(1));
        }
        if (properties.oauth() != null && properties.oauth().configured()) {
            EngineProperties.OAuth oauth = properties.oauth();
            builder.credentialsProvider(
                    new OAuthCredentialsProviderBuilder()
                            .clientId(oauth.clientId())
                            .clientSecret(oauth.clientSecret())
                            .audience(oauth.audience())
                            .authorizationServerUrl(oauth.authorizationServerUrl())
                            .build());
        }
        return builder.build();
    }
}
