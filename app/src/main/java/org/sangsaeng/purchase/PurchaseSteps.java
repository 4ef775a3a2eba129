package org.sangsaeng.purchase;

import static org.sangsaeng.purchase.PurchaseLookup.seconds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.purchase.domain.Purchase;
import org.sangsaeng.purchase.domain.PurchaseLine;
import org.sangsaeng.shared.Won;
import org.sangsaeng.voting.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the group-purchase process, for its job workers only: no signed-in user, each safe
 * to run twice (Zeebe delivers a job at least once). Members are told what concerns them.
 */
@Service
@Transactional
public class PurchaseSteps {

    /** Who pays, and by when. */
    public record Split(List<String> payers, Instant paymentDue) {}

    /** When the supplier must answer, and when the leader must decide if they do not. */
    public record SentOrder(Instant supplierAnswerDue, Instant leaderDecisionDue) {}

    private final PurchaseLookup lookup;
    private final PackAllocations allocations;
    private final BillService bills;
    private final PurchaseNotices notices;
    private final MemberDirectory directory;
    private final Clock clock;

    PurchaseSteps(
            PurchaseLookup lookup,
            PackAllocations allocations,
            BillService bills,
            PurchaseNotices notices,
            MemberDirectory directory,
            Clock clock) {
        this.lookup = lookup;
        this.allocations = allocations;
        this.bills = bills;
        this.notices = notices;
        this.directory = directory;
        this.clock = clock;
    }

    public void recordVote(long purchaseId, long voteId, Outcome outcome) {
        lookup.locked(purchaseId).closeVoting(voteId, outcome);
    }

    public void reject(long purchaseId) {
        Purchase purchase = lookup.locked(purchaseId);
        purchase.reject(clock.instant());
        notices.tellMembers(purchase, Template.PURCHASE_REJECTED, Map.of(), "purchase-rejected");
    }

    public void cancel(long purchaseId) {
        Purchase purchase = lookup.locked(purchaseId);
        purchase.cancel(clock.instant());
        String reason = purchase.getCancelReason();
        if (reason == null) {
            notices.tellMembers(
                    purchase, Template.PURCHASE_CANCELLED, Map.of(), "purchase-cancelled");
        } else {
            notices.tellMembers(
                    purchase,
                    Template.PURCHASE_CANCELLED_BY_LEADER,
                    Map.of("reason", reason),
                    "purchase-cancelled");
        }
    }

    /** Opens the pooled order and names the members who get a pledge task. */
    public List<String> openOrdering(long purchaseId) {
        Purchase purchase = lookup.locked(purchaseId);
        purchase.openOrdering();
        return directory.activeMembers(purchase.getCoopId()).stream()
                .map(MemberDirectory.Member::username)
                .toList();
    }

    /**
     * Rounds each line to whole packs and allocates them; says whether the supplier minimum was
     * missed.
     */
    public boolean closeOrder(long purchaseId) {
        Purchase purchase = lookup.locked(purchaseId);
        purchase.closeOrdering();
        long value = 0;
        for (PurchaseLine line : purchase.getLines()) {
            PackAllocation allocation = allocations.allocateAndStore(line, null);
            line.ordered(allocation.packs());
            value =
                    Math.addExact(
                            value, Math.multiplyExact(allocation.units(), line.getUnitPrice()));
        }
        return value < purchase.getSupplierMinimum() || value == 0;
    }

    /**
     * When the leader's next decision or confirmation (below the minimum, a price rise, a payment
     * received, the delivery) is due: the purchase's rules' decision time from now.
     */
    public Instant decisionDue(long purchaseId) {
        return lookup.decisionDue(purchaseId);
    }

    public Instant extendOrder(long purchaseId, Instant newDeadline) {
        Purchase purchase = lookup.locked(purchaseId);
        purchase.extendOrdering(seconds(newDeadline));
        return purchase.getOrderDeadline();
    }

    /**
     * Sends the order; {@code resendAnswerDue} is the leader's new answer time when sending again,
     * else null. The supplier has the rules' answer time; the leader then has the rules' decision
     * time to resend or cancel.
     */
    public SentOrder sendOrder(long purchaseId, Instant resendAnswerDue) {
        Purchase purchase = lookup.locked(purchaseId);
        purchase.sendToSupplier();
        var in = lookup.rulesOf(purchase);
        Instant answerDue =
                resendAnswerDue != null
                        ? resendAnswerDue
                        : seconds(clock.instant().plus(in.supplierAnswerTime()));
        return new SentOrder(answerDue, answerDue.plus(in.decisionTime()));
    }

    /** Re-allocates what the supplier confirmed; says whether a price rose beyond the limit. */
    public boolean applySupplierAnswer(long purchaseId) {
        Purchase purchase = lookup.locked(purchaseId);
        int priceRiseLimitPercent = lookup.rulesOf(purchase).priceRiseLimitPercent();
        boolean priceRise = false;
        for (PurchaseLine line : purchase.getLines()) {
            long confirmedPacks =
                    line.getConfirmedPacks() == null
                            ? line.getOrderedPacks()
                            : line.getConfirmedPacks();
            long price =
                    line.getConfirmedUnitPrice() == null
                            ? line.getUnitPrice()
                            : line.getConfirmedUnitPrice();
            line.confirmed(confirmedPacks, price);
            allocations.allocateAndStore(line, confirmedPacks);
            priceRise |= price * 100 > line.getUnitPrice() * (100L + priceRiseLimitPercent);
        }
        purchase.supplyConfirmed(priceRise);
        return priceRise;
    }

    /**
     * Splits goods and shared costs to the won, makes each member's bill and tells each payer their
     * amount and due date.
     */
    public Split split(long purchaseId) {
        Purchase purchase = lookup.locked(purchaseId);
        purchase.settle();
        Instant due = seconds(clock.instant().plus(lookup.rulesOf(purchase).paymentTime()));
        List<PricedLine> priced = new ArrayList<>();
        for (PurchaseLine line : purchase.getLines()) {
            priced.add(
                    PricedLine.of(
                            allocations.allocate(line, line.getConfirmedPacks()),
                            Won.of(line.getConfirmedUnitPrice())));
        }
        List<SharedCost> costs =
                List.of(
                        new SharedCost(
                                "shipping",
                                Won.of(purchase.getShippingCost()),
                                purchase.getSplitBasis()),
                        new SharedCost(
                                "coopFee",
                                Won.of(purchase.getCoopFee()),
                                purchase.getSplitBasis()));
        List<String> payers = bills.makeBills(purchaseId, CostSplit.of(priced, costs), due);
        for (String payer : payers) {
            long memberId = directory.userId(payer);
            bills.billOf(purchaseId, memberId)
                    .ifPresent(amount -> notices.bill(purchase, memberId, amount, due));
        }
        return new Split(payers, due);
    }

    public void paymentConfirmed(long purchaseId, String payer) {
        notices.paymentReceived(lookup.find(purchaseId), directory.userId(payer));
    }

    public void close(long purchaseId) {
        lookup.locked(purchaseId).close(clock.instant());
    }
}
