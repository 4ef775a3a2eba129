package org.sangsaeng.sale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.LargestRemainder;
import org.sangsaeng.shared.Won;

/**
 * What each contributing shop gets of a joint sale: what customers paid, less the co-op's fee and
 * the card or transfer costs, split in proportion to the value of each shop's parts (its prices per
 * set times the sets handed over), rounded by {@link LargestRemainder}: the shares add up exactly
 * to what is paid out and none is a whole won away from its exact proportion; a left-over won goes
 * to the largest fraction, equal fractions to the shop whose part comes first in the set.
 */
public record RevenueSplit(Won received, Won fee, Won costs, List<ShopShare> shares) {

    /**
     * A shop's part of the value of the set: its prices per set added up, times the sets handed
     * over.
     */
    public record ShopPart(long shopUserId, long value) {}

    /**
     * One shop's share with every number of its statement: its value, the total value, the share
     * rounded down, the remainder over the total value and whether it got a left-over won.
     */
    public record ShopShare(
            long shopUserId,
            long value,
            long totalValue,
            Won roundedDown,
            long remainder,
            boolean leftoverWon) {

        public Won amount() {
            return leftoverWon ? roundedDown.plus(Won.of(1)) : roundedDown;
        }
    }

    /**
     * Splits a sale's takings; a shop named twice counts once with its parts added up.
     *
     * @throws InvalidInputException {@code error.sale.splitNegative} when the fee and costs exceed
     *     what was received, {@code error.sale.splitNoValue} when there is something to pay out but
     *     no part has a value
     */
    public static RevenueSplit of(Won received, Won fee, Won costs, List<ShopPart> parts) {
        Won deductions = fee.plus(costs);
        if (received.compareTo(deductions) < 0) {
            throw new InvalidInputException("error.sale.splitNegative", received, deductions);
        }
        Won payout = received.minus(deductions);
        Map<Long, Long> byShop = new LinkedHashMap<>();
        parts.forEach(p -> byShop.merge(p.shopUserId(), p.value(), Math::addExact));
        long[] values = byShop.values().stream().mapToLong(Long::longValue).toArray();
        long total = 0;
        for (long v : values) {
            total = Math.addExact(total, v);
        }
        if (total == 0 && !payout.isZero()) {
            throw new InvalidInputException("error.sale.splitNoValue");
        }
        LargestRemainder.Split rounded = LargestRemainder.split(payout.value(), values);
        List<ShopShare> shares = new ArrayList<>();
        int i = 0;
        for (long shop : byShop.keySet()) {
            shares.add(
                    new ShopShare(
                            shop,
                            values[i],
                            total,
                            Won.of(rounded.floors()[i]),
                            rounded.remainders()[i],
                            rounded.leftover()[i]));
            i++;
        }
        RevenueSplit split = new RevenueSplit(received, fee, costs, List.copyOf(shares));
        if (!split.paidOut().equals(payout)) {
            throw new IllegalStateException(
                    "Shares add up to " + split.paidOut() + ", not " + payout);
        }
        return split;
    }

    /** What the shops get together: what was received less the fee and the costs. */
    public Won paidOut() {
        return shares.stream().map(ShopShare::amount).reduce(Won.ZERO, Won::plus);
    }
}
