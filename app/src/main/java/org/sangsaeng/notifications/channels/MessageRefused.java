package org.sangsaeng.notifications.channels;

/**
 * The provider refused the message for good (an invalid number, an unknown template, a 4xx answer):
 * sending it again would be refused again, so the outbox does not retry it but shows the reason.
 */
public class MessageRefused extends RuntimeException {

    public MessageRefused(String reason) {
        super(reason);
    }
}
