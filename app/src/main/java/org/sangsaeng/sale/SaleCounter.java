package org.sangsaeng.sale;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sangsaeng.coupons.Phones;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.sale.domain.JointOffer;
import org.sangsaeng.sale.domain.JointOffers;
import org.sangsaeng.sale.domain.JointOrder;
import org.sangsaeng.sale.domain.JointOrders;
import org.sangsaeng.sale.domain.JointSaleShare;
import org.sangsaeng.sale.domain.JointSaleShares;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter of a joint sale: a member of the offer's co-op types or scans the customer's order code,
 * hands over the sets and takes the payment. The order's row is locked, so of two counters with the
 * same code one hands over the sets and the other is told the code was used.
 */
@Service
@Transactional
public class SaleCounter {

    /** An order as the co-op's list of a sale shows it. */
    public record OrderLine(String pickupCode, String customerName, String maskedPhone, int sets, long amount,
                            long slotId, OrderStatus status) {
    }

    private final JointOffers offers;
    private final JointOrders orders;
    private final JointSaleShares shares;
    private final MemberDirectory directory;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    SaleCounter(JointOffers offers, JointOrders orders, JointSaleShares shares, MemberDirectory directory,
                CurrentUsers currentUsers, Clock clock) {
        this.offers = offers;
        this.orders = orders;
        this.shares = shares;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Hands over the sets of an order code and records the payment at pickup. */
    public PickupReceipt pickUp(String typedCode) {
        CurrentUser me = currentUsers.require();
        String code = OrderCodes.normalize(typedCode);
        if (code.isEmpty()) {
            throw new InvalidInputException("error.sale.codeRequired");
        }
        JointOrder order = orders.findByCodeForUpdate(code)
                .orElseThrow(() -> new NotFoundException("error.sale.codeUnknown", code));
        JointOffer offer = offers.findById(order.getOfferId()).orElseThrow();
        if (!me.isMemberOf(offer.getCoopId())) {
            throw new AccessDeniedException("error.sale.counterMembersOnly");
        }
        if (!offer.isInPickup()) {
            throw new BusinessException("error.sale.notInPickup");
        }
        order.pickUp(me.id(), clock.instant());
        return new PickupReceipt(code, offer.getTitle(), order.getCustomerName(), order.getSets(), order.getPaidAmount());
    }

    /** A closed sale's statement: what was paid and each shop's share with its numbers (members of its co-op). */
    @Transactional(readOnly = true)
    public SaleStatement statement(long offerId) {
        JointOffer offer = offers.findById(offerId).orElseThrow(() -> new NotFoundException("error.sale.notFound", offerId));
        if (!currentUsers.require().mayRead(offer.getCoopId())) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        List<JointSaleShare> rows = shares.findByOfferIdOrderById(offerId);
        Map<Long, MemberDirectory.Person> people = directory.people(rows.stream().map(JointSaleShare::getShopUserId).toList());
        long received = orders.findByOfferIdAndStatus(offerId, OrderStatus.PICKED_UP).stream()
                .mapToLong(JointOrder::getPaidAmount).sum();
        return new SaleStatement(offerId, received, 0, 0, rows.stream().map(r -> new SaleStatement.Line(
                people.get(r.getShopUserId()).username(), directory.shopName(r.getShopUserId(), offer.getCoopId()),
                r.getPartValue(), r.getTotalValue(), r.getRoundedDown(), r.getRemainder(), r.isLeftoverWon(),
                r.getAmount())).toList());
    }

    /** The orders of an offer, for its co-op's members (the counter, the shops, the leader). */
    @Transactional(readOnly = true)
    public List<OrderLine> orders(long offerId) {
        JointOffer offer = offers.findById(offerId).orElseThrow(() -> new NotFoundException("error.sale.notFound", offerId));
        if (!currentUsers.require().mayRead(offer.getCoopId())) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        return orders.findByOfferIdOrderById(offerId).stream().map(o -> new OrderLine(o.getPickupCode(),
                o.getCustomerName(), Phones.masked(o.getPhone()), o.getSets(), o.getAmount(), o.getSlotId(),
                o.getStatus())).toList();
    }
}
