package org.sangsaeng.notifications;

import java.time.Clock;
import java.time.Instant;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advertising text messages to shops' regular customers (coupons, new products), as the law has
 * them: marked "(광고)" with the sender and a free opt-out, never sent at night, and withdrawn from
 * the outbox the moment the customer opts out. Which customer may get one today (consent, the daily
 * cap) is the shop's side to decide; this is how it goes out.
 */
@Service
public class MarketingMessages {

    static final String OPTED_OUT = "The customer opted out before it was sent";

    private final OutboxMessages outbox;
    private final Clock clock;
    private final String optOutPhone;

    MarketingMessages(
            OutboxMessages outbox,
            Clock clock,
            @Value("${sangsaeng.marketing.opt-out-phone:}") String optOutPhone) {
        this.outbox = outbox;
        this.clock = clock;
        this.optOutPhone = optOutPhone;
    }

    /**
     * Into the outbox with the change that causes it, once per key; returns false when the key was
     * sent before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean send(CustomerMessage message) {
        if (outbox.existsByIdempotencyKey(message.idempotencyKey())) {
            return false;
        }
        Instant now = clock.instant();
        outbox.save(
                OutboxMessage.advertising(
                                message.idempotencyKey(),
                                message.customerId(),
                                message.coopId(),
                                message.phone(),
                                message.sender(),
                                Advertising.text(
                                        message.sender(),
                                        message.text(),
                                        message.optOutLink(),
                                        optOutPhone),
                                Advertising.nextAllowed(now),
                                now)
                        .showing(message.imageRef()));
        return true;
    }

    /** The customer opted out: every advertising message still waiting for them is cancelled. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelFor(long customerId) {
        return outbox.cancelPendingFor(customerId, OPTED_OUT);
    }
}
