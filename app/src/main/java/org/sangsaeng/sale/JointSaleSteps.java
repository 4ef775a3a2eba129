package org.sangsaeng.sale;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RuleSet;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.sale.domain.JointOffer;
import org.sangsaeng.sale.domain.JointOfferPart;
import org.sangsaeng.sale.domain.JointOrder;
import org.sangsaeng.sale.domain.JointOrders;
import org.sangsaeng.sale.domain.JointSaleShare;
import org.sangsaeng.sale.domain.JointSaleShares;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.Won;
import org.sangsaeng.voting.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the joint-sale process, for its job workers only: no signed-in user, each safe to
 * run twice (Zeebe delivers a job at least once).
 */
@Service
@Transactional
public class JointSaleSteps {

    /** Who confirms (or prepares) a part, and by when. */
    public record Shops(List<String> shops, Instant due) {}

    /** What the orders came to when the window closed, and what is due when. */
    public record ClosedOrders(
            boolean belowMinimum,
            Instant belowMinimumDue,
            List<String> shops,
            Instant prepareDue,
            Instant pickupEnds) {}

    private final JointOfferService offers;
    private final JointOrders orders;
    private final JointSaleShares shares;
    private final CoopRulesService rules;
    private final MemberDirectory directory;
    private final SaleNotices notices;
    private final Messages messages;
    private final Clock clock;

    JointSaleSteps(
            JointOfferService offers,
            JointOrders orders,
            JointSaleShares shares,
            CoopRulesService rules,
            MemberDirectory directory,
            SaleNotices notices,
            Messages messages,
            Clock clock) {
        this.offers = offers;
        this.orders = orders;
        this.shares = shares;
        this.rules = rules;
        this.directory = directory;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every contributing shop answers within the rules' decision time. */
    public Shops askShops(long offerId) {
        JointOffer offer = offers.find(offerId);
        return new Shops(shops(offer), decisionDue(offer));
    }

    /** Whether every shop confirmed, and when the proposer's revision is due if not. */
    public record PartsChecked(boolean allConfirmed, Instant reviseDue) {}

    public PartsChecked checkParts(long offerId) {
        JointOffer offer = offers.locked(offerId);
        return new PartsChecked(offer.checkParts(), decisionDue(offer));
    }

    /**
     * The member vote's settings from the offer's rules version, its deadline the vote duration
     * from now.
     */
    public Map<String, Object> openVote(long offerId) {
        JointOffer offer = offers.find(offerId);
        RuleSet in = offers.rulesOf(offer);
        return Map.of(
                "voteTitle",
                offer.getTitle(),
                "voteDeadline",
                clock.instant().plus(in.voteDuration()).truncatedTo(ChronoUnit.SECONDS).toString(),
                "quorumPercent",
                in.quorumPercent(),
                "approvalRule",
                in.approvalRule().name(),
                "requiredSharePercent",
                in.requiredSharePercent() == null ? 0 : in.requiredSharePercent(),
                "reasonRequiredForNo",
                in.reasonRequiredForNo());
    }

    public void recordVote(long offerId, long voteId, Outcome outcome) {
        offers.locked(offerId).recordVote(voteId, outcome);
    }

    public void reject(long offerId) {
        JointOffer offer = offers.locked(offerId);
        offer.reject(clock.instant());
        notices.tellShops(offer, Template.SALE_REJECTED, Map.of("offer", offer.getTitle()));
    }

    /** Opens the public orders; returns when they close. */
    public Instant openOrders(long offerId) {
        JointOffer offer = offers.locked(offerId);
        offer.openOrders();
        return offer.getOrderDeadline();
    }

    /**
     * Closes the orders; when the sale goes ahead, every customer is reminded where and when to
     * pick up.
     */
    public ClosedOrders closeOrders(long offerId) {
        JointOffer offer = offers.locked(offerId);
        boolean below = offer.closeOrders();
        if (!below) {
            remindCustomers(offer);
        }
        return new ClosedOrders(
                below, decisionDue(offer), shops(offer), offer.pickupStarts(), offer.pickupEnds());
    }

    /**
     * Cancels the offer (with the reason the proposer or the leader gave, else the deadline's), the
     * standing orders with it, and tells every customer and shop.
     */
    public void cancel(long offerId) {
        JointOffer offer = offers.locked(offerId);
        offer.cancel(messages.get("sale.cancelReason.unanswered", Locale.KOREAN), clock.instant());
        for (JointOrder order : orders.findByOfferIdOrderById(offerId)) {
            if (order.cancelWithOffer(clock.instant())) {
                notices.offerCancelled(offer, order);
            }
        }
        notices.tellShops(
                offer,
                Template.SALE_CANCELLED,
                Map.of("offer", offer.getTitle(), "reason", offer.getCancelReason()));
    }

    /**
     * After the last pickup slot: orders not collected are no-shows, the offer is closed, and what
     * customers paid, less the co-op's fee and the payment costs of the offer's rules version
     * ({@link SaleSettlement}), is split to the shops by the value of their parts in the sets sold.
     */
    public void close(long offerId) {
        JointOffer offer = offers.locked(offerId);
        orders.findByOfferIdAndStatus(offerId, OrderStatus.PLACED).forEach(JointOrder::markNoShow);
        offer.close(clock.instant());
        if (shares.existsByOfferId(offerId)) {
            return;
        }
        SaleSettlement settled =
                SaleSettlement.of(
                        orders.findByOfferIdOrderById(offerId),
                        rules.version(offer.getCoopId(), offer.getRulesVersion()));
        offer.settle(
                settled.received(), settled.fee(), settled.cardCosts(), settled.transferCosts());
        RevenueSplit split =
                RevenueSplit.of(
                        Won.of(settled.received()),
                        Won.of(settled.fee()),
                        Won.of(settled.costs()),
                        offer.getParts().stream()
                                .map(
                                        p ->
                                                new RevenueSplit.ShopPart(
                                                        p.getShopUserId(),
                                                        Math.multiplyExact(
                                                                p.getPricePerSet(),
                                                                settled.sets())))
                                .toList());
        split.shares()
                .forEach(
                        s ->
                                shares.save(
                                        new JointSaleShare(
                                                offerId,
                                                s.shopUserId(),
                                                s.value(),
                                                s.totalValue(),
                                                s.roundedDown().value(),
                                                s.remainder(),
                                                s.leftoverWon(),
                                                s.amount().value())));
    }

    /**
     * Each standing order's customer gets the pickup slot, the code and the amount; once per order.
     */
    void remindCustomers(JointOffer offer) {
        orders.findByOfferIdAndStatus(offer.getId(), OrderStatus.PLACED)
                .forEach(o -> notices.pickupReminder(offer, o));
    }

    private Instant decisionDue(JointOffer offer) {
        return rules.decisionDue(offer.getCoopId(), offer.getRulesVersion());
    }

    private List<String> shops(JointOffer offer) {
        return offer.getParts().stream()
                .map(JointOfferPart::getShopUserId)
                .distinct()
                .map(directory::username)
                .toList();
    }
}
