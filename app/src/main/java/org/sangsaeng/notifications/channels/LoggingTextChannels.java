package org.sangsaeng.notifications.channels;

import org.sangsaeng.notifications.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SMS and KakaoTalk business messages. A real provider (for example an SMS gateway or a KakaoTalk
 * business-message agency) plugs in as a {@link ChannelAdapter} bean of that channel with its API
 * key, sender number and template codes (see README); until then these log the message, with the
 * phone number masked, and count as sent.
 */
@Configuration(proxyBeanMethods = false)
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
            public void send(OutboundMessage message) {
                // Not the text: it names the customer and may carry a coupon link, which is as good as the coupon.
                log.info("{} key={} to={} ({} characters)", channel, message.idempotencyKey(),
                        maskPhone(message.address()), message.body() == null ? 0 : message.body().length());
            }
        };
    }

    static String maskPhone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() < 8 ? "***" : digits.substring(0, 3) + "-****-" + digits.substring(digits.length() - 4);
    }
}
