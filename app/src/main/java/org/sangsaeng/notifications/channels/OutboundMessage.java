package org.sangsaeng.notifications.channels;

/**
 * One message handed to a channel. The idempotency key is the same on every attempt: providers
 * that take one (SMS and KakaoTalk gateways) deliver a key once; e-mail carries it as Message-ID.
 */
public record OutboundMessage(String idempotencyKey, String address, String subject, String body) {
}
