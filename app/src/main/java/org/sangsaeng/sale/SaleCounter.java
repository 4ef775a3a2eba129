package org.sangsaeng.sale;

import java.time.Clock;
import java.util.List;
import org.sangsaeng.coupons.Phones;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.sale.domain.JointOffer;
import org.sangsaeng.sale.domain.JointOffers;
import org.sangsaeng.sale.domain.JointOrder;
import org.sangsaeng.sale.domain.JointOrders;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter of a joint sale: a member of the offer's co-op types or scans the customer's order
 * code, sees whether the order is paid already (by transfer), hands over the sets and takes the
 * payment in cash or by card. The order's row is locked, so of two counters with the same code one
 * hands over the sets and the other is told the code was used.
 */
@Service
@Transactional
public class SaleCounter {

    /**
     * An order as the co-op's list of a sale and the counter show it: how it was paid (null: not
     * yet) and whether the co-op owes the customer their transfer back (the offer was cancelled).
     */
    public record OrderLine(
            String pickupCode,
            String customerName,
            String maskedPhone,
            int sets,
            long amount,
            long slotId,
            OrderStatus status,
            PaymentMethod paidBy,
            boolean refundDue) {}

    private final JointOffers offers;
    private final JointOrders orders;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    SaleCounter(JointOffers offers, JointOrders orders, CurrentUsers currentUsers, Clock clock) {
        this.offers = offers;
        this.orders = orders;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    static OrderLine line(JointOrder o) {
        return new OrderLine(
                o.getPickupCode(),
                o.getCustomerName(),
                Phones.masked(o.getPhone()),
                o.getSets(),
                o.getAmount(),
                o.getSlotId(),
                o.getStatus(),
                o.getPaymentMethod(),
                o.isRefundDue());
    }

    /**
     * What the counter sees for a code before handing over: the customer, the sets, the amount and
     * whether it is paid.
     */
    @Transactional(readOnly = true)
    public OrderLine look(String typedCode) {
        String code = code(typedCode);
        JointOrder order =
                orders.findByPickupCode(code)
                        .orElseThrow(() -> new NotFoundException("error.sale.codeUnknown", code));
        atCounterOf(order);
        return line(order);
    }

    /**
     * Hands over the sets of an order code; an order not paid by transfer is paid now in cash or by
     * card ({@code method}; ignored for a paid order).
     */
    public PickupReceipt pickUp(String typedCode, PaymentMethod method) {
        String code = code(typedCode);
        JointOrder order =
                orders.findByCodeForUpdate(code)
                        .orElseThrow(() -> new NotFoundException("error.sale.codeUnknown", code));
        JointOffer offer = atCounterOf(order);
        order.pickUp(currentUsers.require().id(), clock.instant(), method);
        return new PickupReceipt(
                code,
                offer.getTitle(),
                order.getCustomerName(),
                order.getSets(),
                order.getPaidAmount(),
                order.getPaymentMethod());
    }

    /** The orders of an offer, for its co-op's members (the counter, the shops, the leader). */
    @Transactional(readOnly = true)
    public List<OrderLine> orders(long offerId) {
        JointOffer offer =
                offers.findById(offerId)
                        .orElseThrow(() -> new NotFoundException("error.sale.notFound", offerId));
        if (!currentUsers.require().mayRead(offer.getCoopId())) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        return orders.findByOfferIdOrderById(offerId).stream().map(SaleCounter::line).toList();
    }

    private static String code(String typedCode) {
        String code = OrderCodes.normalize(typedCode);
        if (code.isEmpty()) {
            throw new InvalidInputException("error.sale.codeRequired");
        }
        return code;
    }

    private JointOffer atCounterOf(JointOrder order) {
        CurrentUser me = currentUsers.require();
        JointOffer offer = offers.findById(order.getOfferId()).orElseThrow();
        if (!me.isMemberOf(offer.getCoopId())) {
            throw new AccessDeniedException("error.sale.counterMembersOnly");
        }
        if (!offer.isInPickup()) {
            throw new BusinessException("error.sale.notInPickup");
        }
        return offer;
    }
}
