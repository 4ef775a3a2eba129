package org.sangsaeng.notifications.channels.solapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.channels.ChannelAdapter;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which SMS and KakaoTalk channels the app starts with: logging without SOLAPI's variables, SOLAPI
 * with them.
 */
class SolapiChannelsWiringTests {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan("org.sangsaeng.notifications.channels")
    static class Channels {}

    final ApplicationContextRunner app =
            new ApplicationContextRunner()
                    .withUserConfiguration(Channels.class)
                    .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
                    .withBean(Clock.class, Clock::systemUTC)
                    .withBean(OutboxMessages.class, () -> mock(OutboxMessages.class))
                    .withBean(TransactionTemplate.class, () -> mock(TransactionTemplate.class));

    @Test
    void withoutAnApiKeyTheLoggingChannelsStandInAndNothingIsAskedOfSolapi() {
        app.run(
                context -> {
                    assertThat(context)
                            .hasNotFailed()
                            .doesNotHaveBean(SolapiReceipts.class)
                            .doesNotHaveBean(SolapiClient.class);
                    Map<String, ChannelAdapter> adapters =
                            context.getBeansOfType(ChannelAdapter.class);
                    assertThat(adapters.values())
                            .extracting(ChannelAdapter::channel)
                            .containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS, Channel.KAKAO);
                    assertThat(adapters.values()).noneMatch(a -> a instanceof SolapiChannel);
                });
    }

    @Test
    void withTheProvidersVariablesSolapiCarriesSmsAndKakaoAndItsReportsAreAskedFor() {
        app.withPropertyValues(solapi(SolapiTestKit.APPROVAL_TEMPLATE))
                .run(
                        context -> {
                            assertThat(context).hasNotFailed().hasSingleBean(SolapiReceipts.class);
                            Map<String, ChannelAdapter> adapters =
                                    context.getBeansOfType(ChannelAdapter.class);
                            assertThat(adapters.values())
                                    .filteredOn(a -> a.channel() != Channel.EMAIL)
                                    .hasSize(2)
                                    .allMatch(a -> a instanceof SolapiChannel);
                            assertThat(
                                            context.getBean(KakaoTemplates.class)
                                                    .of("MEMBERSHIP_APPROVED"))
                                    .isPresent();
                        });
    }

    @Test
    void aTemplateOfAnUnknownKindOrVariableStopsTheStartNamingIt() {
        failsToStart(
                app.withPropertyValues(
                        solapi(
                                "MEMBERSHIP_APROVED=KA01TP1(coop); TASK_ASSIGNED=KA01TP2(task,shop)")),
                "unknown message kind MEMBERSHIP_APROVED",
                "TASK_ASSIGNED (KA01TP2) uses #{shop}");
    }

    @Test
    void anApiKeyWithoutItsSecretOrSenderStopsTheStart() {
        failsToStart(
                app.withPropertyValues("sangsaeng.solapi.api-key=NCSAYU7YDBXYORXC"),
                "SANGSAENG_SOLAPI_API_SECRET");
        failsToStart(
                app.withPropertyValues(
                        "sangsaeng.solapi.api-key=NCSAYU7YDBXYORXC",
                        "sangsaeng.solapi.api-secret=s",
                        "sangsaeng.solapi.sender=call-me"),
                "SANGSAENG_SOLAPI_SENDER");
    }

    /** The app does not start, and the first cause says each of {@code messages}. */
    private static void failsToStart(ApplicationContextRunner runner, String... messages) {
        runner.run(
                context -> {
                    var cause = assertThat(context).hasFailed().getFailure().rootCause();
                    for (String message : messages) {
                        cause.hasMessageContaining(message);
                    }
                });
    }

    private static String[] solapi(String templates) {
        return new String[] {
            "sangsaeng.solapi.api-key=" + SolapiTestKit.API_KEY,
            "sangsaeng.solapi.api-secret=" + SolapiTestKit.API_SECRET,
            "sangsaeng.solapi.sender=031-700-1234",
            "sangsaeng.solapi.kakao-pfid=" + SolapiTestKit.PFID,
            "sangsaeng.solapi.kakao-templates=" + templates
        };
    }
}
