package org.sangsaeng.coupons;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.sangsaeng.coupons.domain.RegularCustomer;
import org.sangsaeng.coupons.domain.RegularCustomers;
import org.sangsaeng.coupons.domain.ShopMessage;
import org.sangsaeng.coupons.domain.ShopMessages;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.notifications.CustomerMessage;
import org.sangsaeng.notifications.MarketingMessages;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New-product messages from a shop to its opted-in regulars, as advertisements through the
 * notification outbox. A customer gets at most the daily cap of advertising messages (coupons
 * included); the rest are skipped and counted. Opted-out customers never get one.
 */
@Service
@Transactional
public class ShopMessageService {

    /** What a message did: how many got it and how many the daily cap held back. */
    public record Sent(long id, String text, int recipients, int skipped, Instant sentAt) {
    }

    private final RegularCustomers customers;
    private final ShopMessages messages;
    private final MarketingMessages marketing;
    private final DailyMessageCap cap;
    private final CurrentUsers currentUsers;
    private final String publicUrl;
    private final Clock clock;

    ShopMessageService(RegularCustomers customers, ShopMessages messages, MarketingMessages marketing,
                       DailyMessageCap cap, CurrentUsers currentUsers,
                       @Value("${sangsaeng.public-url:http://localhost:8080}") String publicUrl, Clock clock) {
        this.customers = customers;
        this.messages = messages;
        this.marketing = marketing;
        this.cap = cap;
        this.currentUsers = currentUsers;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    public Sent send(String text) {
        CurrentUser me = currentUsers.require();
        if (me.memberships().isEmpty()) {
            throw new AccessDeniedException("error.customer.shopOwnersOnly");
        }
        String body = Texts.required(text, 500, "error.message.text");
        ShopMessage message = messages.saveAndFlush(new ShopMessage(me.id(), body, clock.instant()));
        String shop = me.memberships().getFirst().shopName();
        int sent = 0;
        int skipped = 0;
        for (RegularCustomer c : customers.lockReachable(me.id())) {
            if (!cap.take(c)) {
                skipped++;
                continue;
            }
            marketing.send(new CustomerMessage("shop-message:" + message.getId() + ":" + c.getId(), c.getId(),
                    c.getPhone(), null, shop, body, publicUrl + "/out/" + c.getOptOutToken()));
            sent++;
        }
        message.counted(sent, skipped);
        return new Sent(message.getId(), body, sent, skipped, message.getSentAt());
    }

    @Transactional(readOnly = true)
    public List<Sent> recent() {
        return messages.findTop20ByOwnerIdOrderBySentAtDesc(currentUsers.require().id()).stream()
                .map(m -> new Sent(m.getId(), m.getText(), m.getRecipients(), m.getSkipped(), m.getSentAt())).toList();
    }
}
