package org.sangsaeng.notifications.channels;

import java.time.Instant;
import java.util.Map;
import org.sangsaeng.notifications.domain.OutboxMessage;

/**
 * One message handed to a channel. The idempotency key is the same on every attempt: providers that
 * take one (SMS and KakaoTalk gateways) carry it with the message; e-mail carries it as Message-ID.
 * A KakaoTalk 알림톡 also needs the {@code template} it is registered for and the rendered {@code
 * variables}; {@code handedOverBefore} says that an earlier attempt may have reached the provider
 * (the dispatcher died before it could mark the message sent), so the channel asks the provider
 * before it sends again. {@code imageRef} names a picture to go along (see {@code MessageImages}),
 * which a channel that cannot send one leaves out.
 */
public record OutboundMessage(
        String idempotencyKey,
        String address,
        String subject,
        String body,
        String template,
        Map<String, String> variables,
        Instant handedOverBefore,
        Long imageRef) {

    public OutboundMessage {
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }

    public OutboundMessage(
            String idempotencyKey,
            String address,
            String subject,
            String body,
            String template,
            Map<String, String> variables,
            Instant handedOverBefore) {
        this(idempotencyKey, address, subject, body, template, variables, handedOverBefore, null);
    }

    public OutboundMessage(String idempotencyKey, String address, String subject, String body) {
        this(idempotencyKey, address, subject, body, null, Map.of(), null);
    }

    public static OutboundMessage of(OutboxMessage m) {
        return new OutboundMessage(
                m.getIdempotencyKey(),
                m.getAddress(),
                m.getSubject(),
                m.getBody(),
                m.getTemplate(),
                TemplateValues.fromJson(m.getTemplateVariables()),
                m.getHandedOverAt(),
                m.getImageRef());
    }
}
