package org.sangsaeng.notifications.channels;

import org.sangsaeng.notifications.Channel;

/**
 * Sends to one outside channel. Throws {@link MessageRefused} when the provider refused the message
 * for good, any other exception when it did not take it now (the outbox tries again later).
 */
public interface ChannelAdapter {

    Channel channel();

    Handover send(OutboundMessage message);
}
