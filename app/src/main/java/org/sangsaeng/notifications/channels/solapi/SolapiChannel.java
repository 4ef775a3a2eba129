package org.sangsaeng.notifications.channels.solapi;

import java.util.Optional;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.channels.ChannelAdapter;
import org.sangsaeng.notifications.channels.Handover;
import org.sangsaeng.notifications.channels.OutboundMessage;

/**
 * SMS/LMS, and KakaoTalk 알림톡, through SOLAPI. A KakaoTalk message whose kind has no registered
 * 알림톡 template (or no KakaoTalk channel is configured) goes as SMS/LMS at once, with a note saying so.
 */
final class SolapiChannel implements ChannelAdapter {

    static final String NO_TEMPLATE = "No 알림톡 template for this message kind: sent as SMS/LMS";

    private final Channel channel;
    private final SolapiClient client;
    private final SolapiMessages messages;
    private final KakaoTemplates templates;

    SolapiChannel(Channel channel, SolapiClient client, SolapiMessages messages, KakaoTemplates templates) {
        this.channel = channel;
        this.client = client;
        this.messages = messages;
        this.templates = templates;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Handover send(OutboundMessage message) {
        String to = SolapiMessages.koreanMobile(message.address());
        String key = message.idempotencyKey();
        if (channel == Channel.KAKAO) {
            Optional<KakaoTemplates.Registered> template = templates.of(message.template())
                    .filter(t -> t.filledBy(message.variables()));
            if (template.isPresent()) {
                return Handover.tracked(client.send(messages.alimtalk(to, template.get(), message.variables(), key),
                        key, to, message.handedOverBefore()));
            }
            return new Handover(asText(message, to), NO_TEMPLATE);
        }
        return Handover.tracked(asText(message, to));
    }

    private String asText(OutboundMessage message, String to) {
        String key = message.idempotencyKey();
        return client.send(messages.text(to, message.subject(), message.body(), key), key, to,
                message.handedOverBefore());
    }
}
