package org.sangsaeng.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.notifications.channels.ChannelAdapter;
import org.sangsaeng.notifications.channels.Handover;
import org.sangsaeng.notifications.channels.OutboundMessage;

/**
 * A message provider as real SMS and KakaoTalk gateways behave: it refuses while "down", and
 * delivers a message once per idempotency key however often it is handed over.
 */
class FakeProvider implements ChannelAdapter {

    private final Channel channel;
    private int failuresLeft;
    final List<String> attempts = new ArrayList<>();
    final Map<String, OutboundMessage> delivered = new LinkedHashMap<>();

    FakeProvider(Channel channel, int failures) {
        this.channel = channel;
        this.failuresLeft = failures;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public synchronized Handover send(OutboundMessage message) {
        attempts.add(message.idempotencyKey());
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("provider unavailable");
        }
        delivered.putIfAbsent(message.idempotencyKey(), message);
        return Handover.untracked();
    }
}
