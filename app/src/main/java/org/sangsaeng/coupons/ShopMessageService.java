package org.sangsaeng.coupons;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.sangsaeng.coupons.domain.RegularCustomer;
import org.sangsaeng.coupons.domain.RegularCustomers;
import org.sangsaeng.coupons.domain.ShopMessage;
import org.sangsaeng.coupons.domain.ShopMessages;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.notifications.CustomerMessage;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New-product messages from a shop to its opted-in regulars, through the notification outbox. A
 * customer gets at most the daily cap of marketing messages (coupons included); the rest are
 * skipped and counted. Opted-out customers never get one.
 */
@Service
@Transactional
public class ShopMessageService {

    /** What a message did: how many got it and how many the daily cap held back. */
    public record Sent(long id, String text, int recipients, int skipped, java.time.Instant sentAt) {
    }

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final RegularCustomers customers;
    private final ShopMessages messages;
    private final NotificationService notifications;
    private final CurrentUsers currentUsers;
    private final String publicUrl;
    private final int dailyCap;
    private final Clock clock;

    ShopMessageService(RegularCustomers customers, ShopMessages messages, NotificationService notifications,
                       CurrentUsers currentUsers, @Value("${sangsaeng.public-url:http://localhost:8080}") String publicUrl,
                       @Value("${sangsaeng.coupons.daily-message-cap:2}") int dailyCap, Clock clock) {
        this.customers = customers;
        this.messages = messages;
        this.notifications = notifications;
        this.currentUsers = currentUsers;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.dailyCap = dailyCap;
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
        LocalDate today = LocalDate.now(clock.withZone(SEOUL));
        int sent = 0;
        int skipped = 0;
        for (RegularCustomer c : customers.findByOwnerIdAndOptedOutAtIsNullOrderById(me.id())) {
            int before = customers.messagesOn(c.getId(), today);
            customers.countMessage(c.getId(), today, dailyCap);
            if (before >= dailyCap) {
                skipped++;
                continue;
            }
            notifications.sendToCustomer(new CustomerMessage("shop-message:" + message.getId() + ":" + c.getId(),
                    c.getPhone(), null, shop, "[" + shop + "] " + body + "\n수신거부: " + publicUrl + "/out/"
                    + c.getOptOutToken()));
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
