package org.sangsaeng.sale;

import java.time.Instant;
import java.util.List;

/**
 * A closed joint sale's statement: what customers paid, the co-op's fee and the card and transfer
 * costs with the rates of the offer's rules version (basis points: 1/100 of a percent), and each
 * shop's share with the numbers it was computed from ({@link RevenueSplit}) and when it was paid
 * out (null: not yet).
 */
public record SaleStatement(
        long offerId,
        long received,
        long fee,
        long cardCosts,
        long transferCosts,
        int feeBasisPoints,
        int cardFeeBasisPoints,
        int transferFeeWon,
        List<Line> shares) {

    public record Line(
            String shop,
            String shopName,
            long partValue,
            long totalValue,
            long roundedDown,
            long remainder,
            boolean leftoverWon,
            long amount,
            Instant paidOutAt) {}

    /** What the shops get together. */
    public long paidToShops() {
        return received - fee - cardCosts - transferCosts;
    }
}
