package org.sangsaeng.purchase;

import java.time.Instant;
import java.util.List;
import org.sangsaeng.shared.Won;

/**
 * What one member pays for a group purchase, line by line and share by share.
 *
 * @param memberId the member
 * @param firstPledgedAt the member's earliest pledge in the purchase, which breaks ties for
 *     left-over won
 * @param lines one charge for every line the member pledged for, including those they receive
 *     nothing of
 * @param shares the member's share of every shared cost; none if they receive nothing
 */
public record MemberBill(
        long memberId, Instant firstPledgedAt, List<LineCharge> lines, List<CostShare> shares) {

    public MemberBill {
        lines = List.copyOf(lines);
        shares = List.copyOf(shares);
    }

    /** The goods received, at the supplier's prices. */
    public Won goods() {
        return lines.stream().map(LineCharge::amount).reduce(Won.ZERO, Won::plus);
    }

    public long units() {
        return lines.stream().mapToLong(LineCharge::units).reduce(0, Math::addExact);
    }

    public Won sharedCosts() {
        return shares.stream().map(CostShare::share).reduce(Won.ZERO, Won::plus);
    }

    public Won total() {
        return goods().plus(sharedCosts());
    }
}
