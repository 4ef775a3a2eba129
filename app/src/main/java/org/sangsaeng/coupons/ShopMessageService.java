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
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.PublicAddress;
import org.sangsaeng.shared.Texts;
import org.sangsaeng.shared.Tokens;
import org.sangsaeng.shared.Won;
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
    public record Sent(long id, String text, int recipients, int skipped, Instant sentAt) {}

    private final RegularCustomers customers;
    private final ShopMessages messages;
    private final MarketingMessages marketing;
    private final DailyMessageCap cap;
    private final CurrentUsers currentUsers;
    private final PublicAddress publicAddress;
    private final Clock clock;

    ShopMessageService(
            RegularCustomers customers,
            ShopMessages messages,
            MarketingMessages marketing,
            DailyMessageCap cap,
            CurrentUsers currentUsers,
            PublicAddress publicAddress,
            Clock clock) {
        this.customers = customers;
        this.messages = messages;
        this.marketing = marketing;
        this.cap = cap;
        this.currentUsers = currentUsers;
        this.publicAddress = publicAddress;
        this.clock = clock;
    }

    /**
     * What a shop owner writes: the text, and for a new product its name, price (whole won) and
     * photo.
     */
    public record ProductMessage(String text, String productName, Long priceWon, byte[] photo) {}

    public Sent send(String text) {
        return send(new ProductMessage(text, null, null, null));
    }

    /**
     * Sends to every opted-in regular under the daily cap. A message about a product links to a
     * public page with its name, price and photo ({@code /m/<token>}); a price or a photo needs the
     * product's name.
     */
    public Sent send(ProductMessage form) {
        CurrentUser me = currentUsers.require();
        if (me.memberships().isEmpty()) {
            throw new AccessDeniedException("error.customer.shopOwnersOnly");
        }
        if (form == null) {
            throw new InvalidInputException("error.message.text");
        }
        String body = Texts.required(form.text(), 500, "error.message.text");
        ProductPhoto photo = ProductPhoto.of(form.photo());
        String product =
                form.productName() == null || form.productName().isBlank()
                        ? null
                        : Texts.required(form.productName(), 100, "error.message.productName");
        if (product == null && (form.priceWon() != null || photo != null)) {
            throw new InvalidInputException("error.message.productName");
        }
        if (form.priceWon() != null && (form.priceWon() < 0 || form.priceWon() >= Won.LIMIT)) {
            throw new InvalidInputException("error.message.price");
        }
        String shop = me.memberships().getFirst().shopName();
        String token = product == null ? null : Tokens.token();
        ShopMessage message =
                messages.saveAndFlush(
                        new ShopMessage(
                                me.id(),
                                body,
                                shop,
                                product,
                                form.priceWon(),
                                photo == null ? null : photo.bytes(),
                                photo == null ? null : photo.contentType(),
                                token,
                                clock.instant()));
        String text =
                product == null
                        ? body
                        : product
                                + (form.priceWon() == null
                                        ? ""
                                        : " " + String.format("%,d원", form.priceWon()))
                                + "\n"
                                + body
                                + "\n"
                                + publicAddress.of("/m/" + token);
        // The photo goes along as MMS where the channel can send one (SOLAPI), found by the shop
        // message's id.
        Long picture = photo == null ? null : message.getId();
        int sent = 0;
        int skipped = 0;
        for (RegularCustomer c : customers.lockReachable(me.id())) {
            if (!cap.take(c)) {
                skipped++;
                continue;
            }
            marketing.send(
                    new CustomerMessage(
                            "shop-message:" + message.getId() + ":" + c.getId(),
                            c.getId(),
                            c.getPhone(),
                            null,
                            shop,
                            text,
                            publicAddress.of("/out/" + c.getOptOutToken()),
                            picture));
            sent++;
        }
        message.counted(sent, skipped);
        return new Sent(message.getId(), body, sent, skipped, message.getSentAt());
    }

    @Transactional(readOnly = true)
    public List<Sent> recent() {
        return messages.findTop20ByOwnerIdOrderBySentAtDesc(currentUsers.require().id()).stream()
                .map(
                        m ->
                                new Sent(
                                        m.getId(),
                                        m.getText(),
                                        m.getRecipients(),
                                        m.getSkipped(),
                                        m.getSentAt()))
                .toList();
    }
}
