package org.sangsaeng.purchase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.LargestRemainder;
import org.sangsaeng.shared.Won;

/**
 * Who pays what for a group purchase. Each member pays for the units they receive at the confirmed
 * unit prices, plus a share of every shared cost in proportion to the cost's basis, among the
 * members who receive anything. Shares are rounded down to whole won; the few won left over go one
 * each to the members whose exact shares lost most in rounding (equal losses: earlier pledge, then
 * smaller member id). So the members' totals always add up exactly to the supplier's total plus the
 * shared costs, and no share is a whole won away from the exact proportion.
 */
public final class CostSplit {

    private static final Comparator<MemberBill> FIRST_COME =
            Comparator.comparing(MemberBill::firstPledgedAt)
                    .thenComparingLong(MemberBill::memberId);

    private final Won goods;
    private final List<SharedCost> costs;
    private final List<MemberBill> members;

    private CostSplit(Won goods, List<SharedCost> costs, List<MemberBill> members) {
        this.goods = goods;
        this.costs = costs;
        this.members = members;
    }

    /**
     * Splits a purchase.
     *
     * @throws InvalidInputException {@code error.split.nothingAllocated} if there is a shared cost
     *     but nobody receives anything, {@code error.split.zeroBasis} if a cost is split by value
     *     but all goods cost nothing, {@code error.pledge.duplicate} if a member appears twice in a
     *     line, {@code error.money.tooLarge} if an amount exceeds what {@link Won} holds
     */
    public static CostSplit of(Collection<PricedLine> lines, Collection<SharedCost> costs) {
        Won goods = Won.ZERO;
        Map<Long, Instant> firstPledges = new HashMap<>();
        Map<Long, List<LineCharge>> charges = new HashMap<>();
        for (PricedLine line : lines) {
            Set<Long> seen = new HashSet<>();
            for (MemberAllocation allocation : line.allocations()) {
                if (!seen.add(allocation.memberId())) {
                    throw new InvalidInputException(
                            "error.pledge.duplicate", allocation.memberId());
                }
                Won amount = line.unitPrice().times(allocation.units());
                goods = goods.plus(amount);
                firstPledges.merge(
                        allocation.memberId(), allocation.pledgedAt(), CostSplit::earlier);
                charges.computeIfAbsent(allocation.memberId(), id -> new ArrayList<>())
                        .add(
                                new LineCharge(
                                        line.lineId(),
                                        allocation.units(),
                                        line.unitPrice(),
                                        amount));
            }
        }
        List<MemberBill> withoutShares =
                charges.entrySet().stream()
                        .map(
                                entry ->
                                        new MemberBill(
                                                entry.getKey(),
                                                firstPledges.get(entry.getKey()),
                                                entry.getValue(),
                                                List.of()))
                        .sorted(FIRST_COME)
                        .toList();
        List<MemberBill> payers = withoutShares.stream().filter(bill -> bill.units() > 0).toList();

        Map<Long, List<CostShare>> sharesByMember = new HashMap<>();
        for (SharedCost cost : costs) {
            List<CostShare> shares = split(cost, payers);
            for (int i = 0; i < payers.size(); i++) {
                sharesByMember
                        .computeIfAbsent(payers.get(i).memberId(), id -> new ArrayList<>())
                        .add(shares.get(i));
            }
        }
        List<MemberBill> members =
                withoutShares.stream()
                        .map(
                                bill ->
                                        new MemberBill(
                                                bill.memberId(),
                                                bill.firstPledgedAt(),
                                                bill.lines(),
                                                sharesByMember.getOrDefault(
                                                        bill.memberId(), List.of())))
                        .toList();
        CostSplit split = new CostSplit(goods, List.copyOf(costs), members);
        split.checkBalanced();
        return split;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The shares of one cost, in the order of {@code payers} (first come first). */
    private static List<CostShare> split(SharedCost cost, List<MemberBill> payers) {
        if (payers.isEmpty()) {
            if (cost.amount().isZero()) {
                return List.of();
            }
            throw new InvalidInputException("error.split.nothingAllocated", cost.name());
        }
        long[] basis = new long[payers.size()];
        long basisSum = 0;
        for (int i = 0; i < basis.length; i++) {
            basis[i] = cost.basis().valueFor(payers.get(i).goods(), payers.get(i).units());
            basisSum = Math.addExact(basisSum, basis[i]);
        }
        if (basisSum == 0 && !cost.amount().isZero()) {
            throw new InvalidInputException("error.split.zeroBasis", cost.name());
        }
        LargestRemainder.Split rounded = LargestRemainder.split(cost.amount().value(), basis);
        List<CostShare> shares = new ArrayList<>(basis.length);
        for (int i = 0; i < basis.length; i++) {
            shares.add(
                    new CostShare(
                            cost.name(),
                            cost.basis(),
                            cost.amount(),
                            basis[i],
                            basisSum,
                            rounded.remainders()[i],
                            Won.of(rounded.floors()[i]),
                            rounded.leftover()[i]));
        }
        return shares;
    }

    // The rounding above guarantees this; a bill that does not add up must never reach a member.
    private void checkBalanced() {
        Won billed = members.stream().map(MemberBill::total).reduce(Won.ZERO, Won::plus);
        if (!billed.equals(total())) {
            throw new IllegalStateException("Bills add up to " + billed + ", not " + total());
        }
    }

    /** The supplier's total: all units received at the confirmed unit prices. */
    public Won goods() {
        return goods;
    }

    public List<SharedCost> costs() {
        return costs;
    }

    public Won sharedCosts() {
        return costs.stream().map(SharedCost::amount).reduce(Won.ZERO, Won::plus);
    }

    /** The supplier's total plus the shared costs: what the members' bills add up to. */
    public Won total() {
        return goods.plus(sharedCosts());
    }

    /**
     * A bill for every member who pledged, in order of their first pledge, including those who pay
     * nothing.
     */
    public List<MemberBill> members() {
        return members;
    }

    public Optional<MemberBill> member(long memberId) {
        return members.stream().filter(bill -> bill.memberId() == memberId).findFirst();
    }
}
