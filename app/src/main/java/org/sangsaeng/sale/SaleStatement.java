package org.sangsaeng.sale;

import java.util.List;

/**
 * A closed joint sale's statement: what customers paid at the counter, the deductions, and each
 * shop's share with the numbers it was computed from ({@link RevenueSplit}).
 */
public record SaleStatement(long offerId, long received, long fee, long costs, List<Line> shares) {

    public record Line(String shop, String shopName, long partValue, long totalValue, long roundedDown,
                       long remainder, boolean leftoverWon, long amount) {
    }
}
