package org.sangsaeng.notifications;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sangsaeng.notifications.channels.ChannelAdapter;
import org.sangsaeng.notifications.channels.Handover;
import org.sangsaeng.notifications.channels.MessageRefused;
import org.sangsaeng.notifications.channels.OutboundMessage;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages: claims a batch (so that one node acts on each message), hands each to
 * its channel with its idempotency key, then marks it sent, or schedules a retry with exponential
 * back-off, or marks it failed after the last attempt. An advertisement is checked again first:
 * cancelled if its customer opted out meanwhile, held till morning if a retry or a late claim
 * brought it into the night.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final Duration CLAIM = Duration.ofMinutes(2);

    private final OutboxMessages outbox;
    private final Map<Channel, ChannelAdapter> channels;
    private final TransactionTemplate transactions;
    private final MarketingConsent consent;
    private final Clock clock;
    private final String node;

    OutboxDispatcher(
            OutboxMessages outbox,
            List<ChannelAdapter> channels,
            TransactionTemplate transactions,
            MarketingConsent consent,
            Clock clock) {
        this.outbox = outbox;
        this.consent = consent;
        this.channels =
                channels.stream()
                        .collect(
                                Collectors.toMap(
                                        ChannelAdapter::channel,
                                        Function.identity(),
                                        (first, second) -> second));
        this.transactions = transactions;
        this.clock = clock;
        this.node =
                ManagementFactory.getRuntimeMXBean().getName()
                        + "/"
                        + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(fixedDelayString = "${sangsaeng.notifications.dispatch-interval:PT2S}")
    void dispatchDue() {
        int sent;
        do {
            sent = dispatchBatch(50);
        } while (sent == 50);
    }

    /** One round: returns how many messages it handled. */
    int dispatchBatch(int limit) {
        Instant now = clock.instant();
        Integer claimed;
        try {
            claimed = transactions.execute(s -> outbox.claim(node, now, now.plus(CLAIM), limit));
        } catch (TransientDataAccessException e) {
            // Another node claimed the same rows at the same moment; the next round goes on.
            log.debug("Outbox claim lost a race: {}", e.getMessage());
            return 0;
        }
        if (claimed == null || claimed == 0) {
            return 0;
        }
        List<OutboxMessage> mine =
                outbox.findByClaimedByAndStatusOrderById(node, OutboxMessage.Status.PENDING);
        for (OutboxMessage message : mine) {
            deliver(message);
        }
        return mine.size();
    }

    private void deliver(OutboxMessage message) {
        if (message.getCustomerId() != null && !mayAdvertiseNow(message)) {
            return;
        }
        ChannelAdapter channel = channels.get(message.getChannel());
        String error = null;
        Handover handover = null;
        boolean refused = false;
        try {
            if (channel == null) {
                throw new IllegalStateException("No adapter for channel " + message.getChannel());
            }
            // Committed before the call: whoever takes the message over after a crash asks the
            // provider first.
            Integer stillMine =
                    transactions.execute(
                            s -> outbox.markHandingOver(message.getId(), node, clock.instant()));
            if (stillMine == null || stillMine == 0) {
                log.info(
                        "Outbox message {}: claim ran out before sending, left to the next round",
                        message.getId());
                return;
            }
            handover = channel.send(OutboundMessage.of(message));
        } catch (MessageRefused e) {
            refused = true;
            error = e.getMessage();
            log.warn(
                    "Outbox message {} to {} refused: {}",
                    message.getId(),
                    message.getChannel(),
                    error);
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn(
                    "Outbox message {} to {} failed (attempt {}): {}",
                    message.getId(),
                    message.getChannel(),
                    message.getAttempts() + 1,
                    error);
        }
        String failure = error;
        boolean givenUp = refused;
        Handover done = handover == null ? Handover.untracked() : handover;
        transactions.executeWithoutResult(
                s ->
                        outbox.findById(message.getId())
                                .ifPresent(
                                        m -> {
                                            if (givenUp) {
                                                outbox.refuse(m, failure, clock.instant());
                                            } else if (failure == null) {
                                                m.sent(
                                                        clock.instant(),
                                                        done.providerMessageId(),
                                                        done.note());
                                            } else {
                                                m.failed(failure, clock.instant());
                                            }
                                        }));
    }

    private boolean mayAdvertiseNow(OutboxMessage message) {
        Instant now = clock.instant();
        Instant allowed = Advertising.nextAllowed(now);
        boolean agrees = consent.stillAgrees(message.getCustomerId());
        if (agrees && !allowed.isAfter(now)) {
            return true;
        }
        transactions.executeWithoutResult(
                s ->
                        outbox.findById(message.getId())
                                .filter(m -> m.getStatus() == OutboxMessage.Status.PENDING)
                                .ifPresent(
                                        m -> {
                                            if (agrees) {
                                                m.postpone(allowed);
                                            } else {
                                                m.cancel(MarketingMessages.OPTED_OUT);
                                            }
                                        }));
        return false;
    }
}
