package org.sangsaeng.notifications.channels;

import org.sangsaeng.notifications.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SMS and KakaoTalk when no provider is configured (the demo run): these log the message, with the
 * phone number masked, and count it as sent. With {@code SANGSAENG_SOLAPI_API_KEY} set, SOLAPI's
 * channels take their place (see {@code solapi.SolapiChannels} and the README).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${sangsaeng.solapi.api-key:}'.isBlank()")
class LoggingTextChannels {

    private static final Logger log = LoggerFactory.getLogger(LoggingTextChannels.class);

    @Bean
    ChannelAdapter smsChannel() {
        return logging(Channel.SMS);
    }

    @Bean
    ChannelAdapter kakaoChannel() {
        return logging(Channel.KAKAO);
    }

    private static ChannelAdapter logging(Channel channel) {
        return new ChannelAdapter() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public Handover send(OutboundMessage message) {
                // Not the text: it names the customer and may carry a coupon link, which is as good
                // as the coupon.
                log.info(
                        "{} key={} to={} ({} characters{})",
                        channel,
                        message.idempotencyKey(),
                        maskPhone(message.address()),
                        message.body() == null ? 0 : message.body().length(),
                        message.imageRef() == null
                                ? ""
                                : ", image " + message.imageRef() + " attached");
                return Handover.untracked();
            }
        };
    }

    static String maskPhone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() < 8
                ? "***"
                : digits.substring(0, 3) + "-****-" + digits.substring(digits.length() - 4);
    }
}
