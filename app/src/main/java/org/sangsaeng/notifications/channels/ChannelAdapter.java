package org.sangsaeng.notifications.channels;

import org.sangsaeng.notifications.Channel;

/** Sends to one outside channel; throws when the provider did not take the message. */
public interface ChannelAdapter {

    Channel channel();

    void send(OutboundMessage message);
}
