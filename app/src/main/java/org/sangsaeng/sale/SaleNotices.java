package org.sangsaeng.sale;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.sale.domain.JointOffer;
import org.sangsaeng.sale.domain.JointOfferPart;
import org.sangsaeng.sale.domain.JointOfferSlot;
import org.sangsaeng.sale.domain.JointOrder;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.PublicAddress;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Component;

/**
 * What customers and shops are told about a joint offer: customers by SMS to the phone they proved
 * (they have no account), shops in the app. Each message once per key, however often a step runs.
 */
@Component
class SaleNotices {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("M/d HH:mm").withZone(MarketTime.ZONE);
    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("HH:mm").withZone(MarketTime.ZONE);

    private final NotificationService notifications;
    private final MemberDirectory directory;
    private final Messages messages;
    private final PublicAddress publicAddress;

    SaleNotices(
            NotificationService notifications,
            MemberDirectory directory,
            Messages messages,
            PublicAddress publicAddress) {
        this.notifications = notifications;
        this.directory = directory;
        this.messages = messages;
        this.publicAddress = publicAddress;
    }

    /** The order's own link, where the customer sees or cancels it. */
    String orderLink(String token) {
        return publicAddress.of("/sale/order/" + token);
    }

    static String pickup(JointOfferSlot slot) {
        return slot.getPlace()
                + " "
                + WHEN.format(slot.getStartsAt())
                + "-"
                + UNTIL.format(slot.getEndsAt());
    }

    /** How the customer may pay: at pickup, or also into the co-op's account beforehand. */
    String payment(JointOffer offer, Locale locale) {
        return offer.acceptsTransfers()
                ? messages.get(
                        "sale.payment.atPickupOrTransfer", locale, offer.getTransferAccount())
                : messages.get("sale.payment.atPickup", locale);
    }

    void orderPlaced(JointOffer offer, JointOrder order, String token) {
        Locale locale = Locale.forLanguageTag(order.getLocale());
        toCustomer(
                order,
                Template.SALE_ORDER_PLACED,
                Map.of(
                        "offer",
                        offer.getTitle(),
                        "sets",
                        order.getSets(),
                        "amount",
                        Won.of(order.getAmount()).toString(),
                        "payment",
                        payment(offer, locale),
                        "code",
                        order.getPickupCode(),
                        "pickup",
                        pickup(offer.slot(order.getSlotId())),
                        "link",
                        orderLink(token)),
                "sale-order:" + order.getId());
    }

    /** The leader found the customer's transfer: nothing more to pay at the counter. */
    void transferConfirmed(JointOffer offer, JointOrder order) {
        toCustomer(
                order,
                Template.SALE_TRANSFER_CONFIRMED,
                Map.of(
                        "offer",
                        offer.getTitle(),
                        "amount",
                        Won.of(order.getPaidAmount()).toString(),
                        "code",
                        order.getPickupCode()),
                "sale-transfer:" + order.getId());
    }

    /** The sale goes ahead: where and when to pick up, the code and what to pay. */
    void pickupReminder(JointOffer offer, JointOrder order) {
        toCustomer(
                order,
                Template.SALE_PICKUP_REMINDER,
                Map.of(
                        "offer",
                        offer.getTitle(),
                        "code",
                        order.getPickupCode(),
                        "pickup",
                        pickup(offer.slot(order.getSlotId())),
                        "amount",
                        Won.of(order.getAmount()).toString()),
                "sale-pickup:" + order.getId());
    }

    void orderCancelled(JointOffer offer, JointOrder order) {
        toCustomer(
                order,
                Template.SALE_ORDER_CANCELLED,
                Map.of("offer", offer.getTitle()),
                "sale-order-cancelled:" + order.getId());
    }

    /** The offer is cancelled: a customer who paid by transfer is told the co-op pays it back. */
    void offerCancelled(JointOffer offer, JointOrder order) {
        toCustomer(
                order,
                order.isRefundDue() ? Template.SALE_CANCELLED_REFUND : Template.SALE_CANCELLED,
                order.isRefundDue()
                        ? Map.of(
                                "offer",
                                offer.getTitle(),
                                "reason",
                                offer.getCancelReason(),
                                "amount",
                                Won.of(order.getPaidAmount()).toString())
                        : Map.of("offer", offer.getTitle(), "reason", offer.getCancelReason()),
                "sale-cancelled:" + order.getId());
    }

    /** An SMS to the customer who ordered, in the language they ordered in, once per key. */
    private void toCustomer(
            JointOrder order, Template template, Map<String, Object> variables, String key) {
        notifications.sendToAddress(
                Channel.SMS,
                order.getPhone(),
                Locale.forLanguageTag(order.getLocale()),
                template,
                variables,
                key);
    }

    /** The proposer and every contributing shop. */
    void tellShops(JointOffer offer, Template template, Map<String, Object> variables) {
        Set<Long> people = new LinkedHashSet<>();
        people.add(offer.getProposedBy());
        offer.getParts().forEach(p -> people.add(p.getShopUserId()));
        for (long id : people) {
            notifications.send(
                    new Notice(
                            id,
                            template,
                            variables,
                            "sales/" + offer.getId(),
                            offer.getCoopId(),
                            false,
                            template.name() + ":" + offer.getId()));
        }
    }

    void notReady(JointOffer offer, JointOfferPart part) {
        for (long leader :
                directory.userIds(null, List.of(CurrentUser.leaderGroup(offer.getCoopId())))) {
            notifications.send(
                    new Notice(
                            leader,
                            Template.SALE_NOT_READY,
                            Map.of(
                                    "offer",
                                    offer.getTitle(),
                                    "shop",
                                    part.getShopName(),
                                    "note",
                                    part.getPrepareNote()),
                            "sales/" + offer.getId(),
                            offer.getCoopId(),
                            true,
                            "sale-not-ready:"
                                    + part.getId()
                                    + ":"
                                    + part.getPrepareNote().hashCode()));
        }
    }
}
