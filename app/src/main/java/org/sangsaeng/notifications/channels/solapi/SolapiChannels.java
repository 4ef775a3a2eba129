package org.sangsaeng.notifications.channels.solapi;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.MessageImages;
import org.sangsaeng.notifications.channels.ChannelAdapter;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS/LMS and KakaoTalk 알림톡 through SOLAPI, when {@code SANGSAENG_SOLAPI_API_KEY} is set (see the
 * README for every variable); without it the logging channels stand in and nothing leaves the app.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(SolapiChannels.CONFIGURED)
class SolapiChannels {

    /** Whether SOLAPI is configured; the logging channels use the opposite. */
    public static final String CONFIGURED = "!'${sangsaeng.solapi.api-key:}'.isBlank()";

    private static final Logger log = LoggerFactory.getLogger(SolapiChannels.class);

    @Bean
    SolapiSettings solapiSettings(
            @Value("${sangsaeng.solapi.base-url:https://api.solapi.com}") URI baseUrl,
            @Value("${sangsaeng.solapi.api-key}") String apiKey,
            @Value("${sangsaeng.solapi.api-secret:}") String apiSecret,
            @Value("${sangsaeng.solapi.sender:}") String sender,
            @Value("${sangsaeng.solapi.kakao-pfid:}") String kakaoPfId,
            @Value("${sangsaeng.solapi.kakao-templates:}") String kakaoTemplates,
            @Value("${sangsaeng.solapi.back-off:PT1S}") String backOff) {
        return new SolapiSettings(
                baseUrl,
                apiKey.trim(),
                apiSecret.trim(),
                sender,
                kakaoPfId,
                kakaoTemplates,
                Duration.parse(backOff));
    }

    @Bean
    KakaoTemplates kakaoTemplates(SolapiSettings settings) {
        KakaoTemplates templates =
                KakaoTemplates.parse(settings.kakaoTemplates(), settings.kakao());
        log.info(
                "SOLAPI sends SMS/LMS from {}{}",
                settings.sender(),
                settings.kakao()
                        ? " and 알림톡 of " + templates.size() + " message kinds"
                        : " (no KakaoTalk channel configured)");
        return templates;
    }

    @Bean
    SolapiClient solapiClient(SolapiSettings settings, JsonMapper json, Clock clock) {
        return new SolapiClient(settings, json, clock);
    }

    @Bean
    ChannelAdapter solapiSmsChannel(
            SolapiClient client,
            SolapiSettings settings,
            KakaoTemplates templates,
            ObjectProvider<MessageImages> images) {
        return new SolapiChannel(
                Channel.SMS,
                client,
                new SolapiMessages(settings.sender(), settings.kakaoPfId()),
                templates,
                images.getIfAvailable(() -> MessageImages.NONE));
    }

    @Bean
    ChannelAdapter solapiKakaoChannel(
            SolapiClient client, SolapiSettings settings, KakaoTemplates templates) {
        return new SolapiChannel(
                Channel.KAKAO,
                client,
                new SolapiMessages(settings.sender(), settings.kakaoPfId()),
                templates,
                MessageImages.NONE);
    }

    @Bean
    SolapiReceipts solapiReceipts(
            SolapiClient client,
            OutboxMessages outbox,
            TransactionTemplate transactions,
            Clock clock) {
        return new SolapiReceipts(client, outbox, transactions, clock);
    }
}
