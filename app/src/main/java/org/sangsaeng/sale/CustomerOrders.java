package org.sangsaeng.sale;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.Phones;
import org.sangsaeng.membership.PhoneVerification;
import org.sangsaeng.sale.domain.JointOffer;
import org.sangsaeng.sale.domain.JointOfferSlot;
import org.sangsaeng.sale.domain.JointOffers;
import org.sangsaeng.sale.domain.JointOrder;
import org.sangsaeng.sale.domain.JointOrders;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Texts;
import org.sangsaeng.shared.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers order a joint offer's sets on its public page, without an account: their phone is
 * proven by a one-time SMS code, the offer's row is locked while the sets are counted (so they are
 * never oversold), and the order's own link lets them see or cancel it until the window closes.
 */
@Service
@Transactional
public class CustomerOrders {

    static final int MAX_SETS_PER_ORDER = 100;

    private final JointOffers offers;
    private final JointOrders orders;
    private final PhoneVerification phones;
    private final SaleNotices notices;
    private final CoopService coops;
    private final Clock clock;

    CustomerOrders(
            JointOffers offers,
            JointOrders orders,
            PhoneVerification phones,
            SaleNotices notices,
            CoopService coops,
            Clock clock) {
        this.coops = coops;
        this.offers = offers;
        this.orders = orders;
        this.phones = phones;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The offers of these co-ops customers can order now (sets left, before the deadline), closing
     * soonest first.
     */
    @Transactional(readOnly = true)
    public List<PublicOfferSummary> open(Collection<Long> coopIds) {
        if (coopIds.isEmpty()) {
            return List.of();
        }
        return offers
                .findByCoopIdInAndStageAndOrderDeadlineAfterOrderByOrderDeadline(
                        coopIds, OfferStage.ORDERING, clock.instant())
                .stream()
                .filter(o -> o.setsLeft() > 0)
                .map(
                        o ->
                                new PublicOfferSummary(
                                        o.getId(),
                                        o.getCoopId(),
                                        o.getTitle(),
                                        o.getSalePrice(),
                                        o.setsLeft(),
                                        o.getOrderDeadline()))
                .toList();
    }

    /** The offer as its public page shows it; offers the co-op has not agreed to are not found. */
    @Transactional(readOnly = true)
    public PublicOffer publicOffer(long offerId) {
        JointOffer o =
                offers.findById(offerId)
                        .filter(JointOffer::isAgreed)
                        .orElseThrow(() -> new NotFoundException("error.sale.notFound", offerId));
        boolean open =
                o.getStage() == OfferStage.ORDERING
                        && clock.instant().isBefore(o.getOrderDeadline());
        return new PublicOffer(
                o.getId(),
                o.getTitle(),
                o.getDescription(),
                o.getSalePrice(),
                o.setsLeft(),
                o.getOrderDeadline(),
                open,
                o.getParts().stream()
                        .map(
                                p ->
                                        new PublicOffer.Item(
                                                p.getShopName(),
                                                p.getItem(),
                                                p.getQuantityPerSet(),
                                                p.getUnit()))
                        .toList(),
                o.getSlots().stream().map(OfferDetails.SlotView::of).toList(),
                o.getTransferAccount(),
                coops.get(o.getCoopId()).marketId());
    }

    /**
     * Sends the one-time code that proves the customer's phone; answers for how many minutes it is
     * good.
     */
    public long sendCode(String phone, Locale locale) {
        return phones.sendForOrder(phone, locale);
    }

    /**
     * Places an order. Everything is checked before the code is spent; a wrong code counts against
     * it and writes nothing else; sold out or closed meanwhile, nothing is written and the code
     * stays unspent.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public OrderReceipt order(long offerId, OrderForm form, Locale locale) {
        Instant now = clock.instant();
        JointOffers.OrderWindow window =
                offers.findOrderWindow(offerId)
                        .orElseThrow(() -> new NotFoundException("error.sale.notFound", offerId));
        if (window.getStage() != OfferStage.ORDERING || !now.isBefore(window.getOrderDeadline())) {
            throw new BusinessException("error.sale.orderWindowClosed");
        }
        if (form == null || form.sets() < 1 || form.sets() > MAX_SETS_PER_ORDER) {
            throw new InvalidInputException("error.sale.orderSetsRange", MAX_SETS_PER_ORDER);
        }
        String name = Texts.required(form.name(), 100, "error.sale.nameRequired");
        if (!offers.hasSlot(offerId, form.slotId())) {
            throw new InvalidInputException("error.sale.slotUnknown");
        }
        // Sold out already: said at once, before the code's slow hash check holds a connection, so
        // a burst
        // of customers after the last sets is answered quickly (the locked offer below decides the
        // rest).
        if (form.sets() > window.getSetsLeft()) {
            throw new BusinessException("error.sale.soldOut", window.getSetsLeft());
        }
        String phone = phones.prove(form.phone(), form.phoneCode());

        JointOffer offer = offers.findForUpdate(offerId).orElseThrow();
        offer.reserve(form.sets(), clock.instant());
        String token = Tokens.token();
        JointOrder order =
                orders.saveAndFlush(
                        new JointOrder(
                                offerId,
                                form.slotId(),
                                form.sets(),
                                offer.getSalePrice() * form.sets(),
                                name,
                                phone,
                                Messages.supported(locale).getLanguage(),
                                Tokens.code(),
                                Tokens.hash(token),
                                now));
        notices.orderPlaced(offer, order, token);
        return new OrderReceipt(token, order.getPickupCode(), order.getAmount());
    }

    /** The order behind a link; a wrong link finds nothing, and says no more. */
    @Transactional(readOnly = true)
    public OrderDetails details(String token) {
        JointOrder order = byToken(token);
        JointOffer offer = offers.findById(order.getOfferId()).orElseThrow();
        JointOfferSlot slot = offer.slot(order.getSlotId());
        boolean cancellable =
                order.getStatus() == OrderStatus.PLACED
                        && !order.isPaid()
                        && offer.getStage() == OfferStage.ORDERING
                        && clock.instant().isBefore(offer.getOrderDeadline());
        return new OrderDetails(
                offer.getId(),
                offer.getTitle(),
                order.getSets(),
                order.getAmount(),
                order.getCustomerName(),
                Phones.masked(order.getPhone()),
                slot.getPlace(),
                slot.getStartsAt(),
                slot.getEndsAt(),
                order.getPickupCode(),
                order.getStatus(),
                cancellable,
                offer.getOrderDeadline(),
                order.getPaymentMethod(),
                order.isPaid() ? null : offer.getTransferAccount(),
                order.isRefundDue());
    }

    /**
     * The customer cancels through the order's link while the window is open; the sets are free
     * again.
     */
    public OrderDetails cancel(String token) {
        // The offer's lock first, as placing an order and cancelling the offer take it: no deadlock
        // between them.
        long offerId =
                orders.findOfferIdByLinkHash(hash(token))
                        .orElseThrow(() -> new NotFoundException("error.sale.orderNotFound"));
        JointOffer offer = offers.findForUpdate(offerId).orElseThrow();
        JointOrder order = orders.findByLinkHashForUpdate(hash(token)).orElseThrow();
        order.cancelByCustomer(clock.instant());
        offer.release(order.getSets(), clock.instant());
        notices.orderCancelled(offer, order);
        orders.flush();
        return details(token);
    }

    private JointOrder byToken(String token) {
        return orders.findByLinkHash(hash(token))
                .orElseThrow(() -> new NotFoundException("error.sale.orderNotFound"));
    }

    private static String hash(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("error.sale.orderNotFound");
        }
        return Tokens.hash(token.strip());
    }
}
