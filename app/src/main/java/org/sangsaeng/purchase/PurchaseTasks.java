package org.sangsaeng.purchase;

import static org.sangsaeng.purchase.PurchaseLookup.seconds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.purchase.domain.Purchase;
import org.sangsaeng.purchase.domain.PurchaseLine;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do in the group purchase's tasks, for the task forms: each checks the signed-in
 * person again (the task inbox already checked the task is theirs) and records their answer in the
 * same transaction as the task's completion.
 */
@Service
@Transactional
public class PurchaseTasks {

    /**
     * The longest a leader may give a supplier to answer when sending again: the rules' own upper
     * bound.
     */
    static final Duration LONGEST_SUPPLIER_ANSWER_TIME = Duration.ofHours(336);

    private final PurchaseLookup lookup;
    private final PledgeService pledges;
    private final BillService bills;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PurchaseTasks(
            PurchaseLookup lookup,
            PledgeService pledges,
            BillService bills,
            CurrentUsers currentUsers,
            Clock clock) {
        this.lookup = lookup;
        this.pledges = pledges;
        this.bills = bills;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public void pledge(long purchaseId, PledgeForm form) {
        pledges.pledge(purchaseId, form);
    }

    /** See {@link PledgeService#withdraw}. */
    public boolean pledgeNotTaken(long purchaseId, String member) {
        return pledges.withdraw(purchaseId, member);
    }

    /** See {@link Purchase#supplierAnswerNotTaken}. */
    public boolean supplierAnswerNotTaken(long purchaseId) {
        return lookup.locked(purchaseId).supplierAnswerNotTaken();
    }

    /** The member's answer "I take nothing this time". */
    public void takeNothing(long purchaseId) {
        pledges.takeNothing(purchaseId);
    }

    /**
     * The leader sends the order again to the supplier who did not answer; returns the new answer
     * time, whole seconds.
     */
    public Instant resendToSupplier(long purchaseId, Instant answerDue) {
        leaderOnly(purchaseId);
        lookup.locked(purchaseId).checkAwaitingSupplier();
        Instant now = clock.instant();
        if (!answerDue.isAfter(now)) {
            throw new InvalidInputException("error.purchase.answerTimePast");
        }
        if (answerDue.isAfter(now.plus(LONGEST_SUPPLIER_ANSWER_TIME))) {
            throw new InvalidInputException(
                    "error.purchase.answerTimeTooFar", LONGEST_SUPPLIER_ANSWER_TIME.toDays());
        }
        return seconds(answerDue);
    }

    /**
     * The leader cancels the purchase the supplier did not answer, with the reason the members are
     * told.
     */
    public void cancelForSilentSupplier(long purchaseId, String reason) {
        leaderOnly(purchaseId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("error.purchase.cancelReasonRequired");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("error.text.tooLong", 2000);
        }
        lookup.locked(purchaseId).cancelForSilentSupplier(reason.trim());
    }

    /** Extending is allowed once, to a later deadline. */
    public void checkExtension(long purchaseId, Instant newDeadline) {
        leaderOnly(purchaseId).checkExtendable();
        if (!newDeadline.isAfter(clock.instant())) {
            throw new InvalidInputException("error.purchase.orderDeadlinePast");
        }
    }

    /**
     * The supplier's answer, checked: confirmed packs within what was ordered, prices above zero.
     */
    public void supplierAnswer(
            long purchaseId, String answer, Map<Long, long[]> confirmed, String reason) {
        CurrentUser me = currentUsers.require();
        Purchase purchase = lookup.locked(purchaseId);
        if (me.supplierId() == null || me.supplierId() != purchase.getSupplierId()) {
            throw new AccessDeniedException("error.purchase.notYourOrder");
        }
        switch (answer) {
            case "CONFIRM" ->
                    purchase.getLines()
                            .forEach(l -> l.confirmed(l.getOrderedPacks(), l.getUnitPrice()));
            case "PARTIAL" -> {
                for (PurchaseLine line : purchase.getLines()) {
                    long[] packsAndPrice = confirmed.get(line.getId());
                    if (packsAndPrice == null) {
                        throw new InvalidInputException(
                                "error.supplier.lineMissing", line.getItem());
                    }
                    if (packsAndPrice[0] < 0 || packsAndPrice[0] > line.getOrderedPacks()) {
                        throw new InvalidInputException(
                                "error.allocation.confirmedPacks",
                                packsAndPrice[0],
                                line.getOrderedPacks());
                    }
                    if (packsAndPrice[1] <= 0) {
                        throw new InvalidInputException("error.line.negativePrice");
                    }
                    Won.of(packsAndPrice[1]);
                    line.confirmed(packsAndPrice[0], packsAndPrice[1]);
                }
            }
            case "REJECT" -> {
                if (reason == null || reason.isBlank()) {
                    throw new InvalidInputException("error.supplier.reasonRequired");
                }
            }
            default -> throw new InvalidInputException("error.supplier.answerRequired");
        }
        purchase.supplierAnswered(answer, reason == null ? null : reason.trim());
    }

    /** When the leader must confirm a payment the member says they made just now. */
    public Instant receiptDue(long purchaseId) {
        return lookup.decisionDue(purchaseId);
    }

    /** Returns whether the member's share is now paid in full. */
    public boolean recordPayment(long purchaseId, String payer, long amount) {
        leaderOnly(purchaseId);
        return bills.recordPayment(purchaseId, payer, amount, currentUsers.require().username());
    }

    public void delivered(long purchaseId) {
        leaderOnly(purchaseId);
        lookup.locked(purchaseId).delivered();
    }

    private Purchase leaderOnly(long purchaseId) {
        CurrentUser me = currentUsers.require();
        Purchase purchase = lookup.find(purchaseId);
        if (!me.isLeaderOf(purchase.getCoopId())) {
            throw new AccessDeniedException("error.purchase.leaderOnly");
        }
        return purchase;
    }
}
