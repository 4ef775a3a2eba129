package org.sangsaeng.purchase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.purchase.domain.Purchase;
import org.sangsaeng.purchase.domain.PurchaseBill;
import org.sangsaeng.purchase.domain.PurchaseBills;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Members' bills of a group purchase: made from the split, paid in parts the leader records, read
 * line by line.
 */
@Service
@Transactional
public class BillService {

    private final PurchaseBills bills;
    private final PurchaseLookup lookup;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final JsonMapper json;
    private final Clock clock;

    BillService(
            PurchaseBills bills,
            PurchaseLookup lookup,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            JsonMapper json,
            Clock clock) {
        this.bills = bills;
        this.lookup = lookup;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The split's bills: the purchase's bill for the signed-in member, every bill for the leader.
     */
    @Transactional(readOnly = true)
    public List<BillView> bills(long purchaseId) {
        CurrentUser me = currentUsers.require();
        Purchase purchase = lookup.visible(purchaseId, me);
        boolean all = me.oversees(purchase.getCoopId());
        return bills.findByPurchaseIdOrderByMemberId(purchaseId).stream()
                .filter(b -> all || b.getMemberId() == me.id())
                .map(b -> bill(b, purchase))
                .toList();
    }

    /** What the signed-in member owes and paid across purchases. */
    @Transactional(readOnly = true)
    public List<BillView> myLedger() {
        CurrentUser me = currentUsers.require();
        return bills.findByMemberIdOrderByIdDesc(me.id()).stream()
                .map(b -> bill(b, lookup.find(b.getPurchaseId())))
                .toList();
    }

    /**
     * Makes each member's bill of the split, once (a bill made before is kept); returns who pays.
     */
    List<String> makeBills(long purchaseId, CostSplit split, Instant due) {
        List<String> payers = new ArrayList<>();
        for (MemberBill bill : split.members()) {
            if (bill.total().isZero()) {
                continue;
            }
            if (bills.findByPurchaseIdAndMemberId(purchaseId, bill.memberId()).isEmpty()) {
                bills.save(
                        new PurchaseBill(
                                purchaseId,
                                bill.memberId(),
                                bill.goods().value(),
                                bill.sharedCosts().value(),
                                json.writeValueAsString(
                                        Map.of("lines", bill.lines(), "shares", bill.shares())),
                                due));
            }
            payers.add(directory.username(bill.memberId()));
        }
        return payers;
    }

    /** What a member's bill of the purchase comes to, if they have one. */
    Optional<Long> billOf(long purchaseId, long memberId) {
        return bills.findByPurchaseIdAndMemberId(purchaseId, memberId).map(PurchaseBill::getTotal);
    }

    /** The leader records money received from a member; refused above what is still owed. */
    boolean recordPayment(long purchaseId, String payer, long amount, String confirmedBy) {
        PurchaseBill bill =
                bills.findByPurchaseIdAndMemberId(purchaseId, directory.userId(payer))
                        .orElseThrow(() -> new NotFoundException("error.bill.notFound", payer));
        if (amount <= 0 || amount > bill.getTotal() - bill.getPaid()) {
            throw new InvalidInputException("error.bill.amount", bill.getTotal() - bill.getPaid());
        }
        bill.received(amount, confirmedBy, clock.instant());
        return bill.getPaid() >= bill.getTotal();
    }

    private BillView bill(PurchaseBill b, Purchase purchase) {
        var breakdown = json.readTree(b.getBreakdown());
        List<LineCharge> lines =
                json.convertValue(
                        breakdown.get("lines"),
                        json.getTypeFactory()
                                .constructCollectionType(List.class, LineCharge.class));
        List<CostShare> shares =
                json.convertValue(
                        breakdown.get("shares"),
                        json.getTypeFactory().constructCollectionType(List.class, CostShare.class));
        return new BillView(
                purchase.getId(),
                purchase.getTitle(),
                directory.username(b.getMemberId()),
                b.getGoods(),
                b.getSharedCosts(),
                b.getTotal(),
                b.getPaid(),
                b.getDueAt(),
                lines,
                shares);
    }
}
