package org.sangsaeng.sale;

import java.util.List;
import org.sangsaeng.governance.RuleSet;
import org.sangsaeng.sale.domain.JointOrder;

/**
 * What a closed joint sale's takings pay before the shops' shares, under the co-op rules the offer
 * was proposed with: the co-op's fee on what was received (rounded down, in the shops' favour),
 * each card payment's cost (rounded to the nearest won, as card companies bill it per payment) and
 * each transfer's flat cost. The costs never take more than what is left after the fee: a transfer
 * cost larger than a small order's amount is cut to what there is.
 *
 * @param sets the sets sold: handed over, or paid by transfer and not collected
 */
public record SaleSettlement(
        long received, long fee, long cardCosts, long transferCosts, long sets) {

    private static final long BASIS = 10_000;

    public static SaleSettlement of(List<JointOrder> orders, RuleSet rules) {
        long received = 0;
        long cardCosts = 0;
        long transfers = 0;
        long sets = 0;
        for (JointOrder o : orders) {
            if (!o.isSold()) {
                continue;
            }
            received = Math.addExact(received, o.getPaidAmount());
            sets += o.getSets();
            if (o.getPaymentMethod() == PaymentMethod.CARD) {
                cardCosts =
                        Math.addExact(
                                cardCosts,
                                (Math.multiplyExact(
                                                        o.getPaidAmount(),
                                                        (long) rules.cardFeeBasisPoints())
                                                + BASIS / 2)
                                        / BASIS);
            } else if (o.getPaymentMethod() == PaymentMethod.TRANSFER) {
                transfers++;
            }
        }
        long fee = Math.multiplyExact(received, (long) rules.saleFeeBasisPoints()) / BASIS;
        long left = received - fee;
        cardCosts = Math.min(cardCosts, left);
        long transferCosts =
                Math.min(
                        Math.multiplyExact(transfers, (long) rules.transferFeeWon()),
                        left - cardCosts);
        return new SaleSettlement(received, fee, cardCosts, transferCosts, sets);
    }

    /** The card and transfer costs together. */
    public long costs() {
        return cardCosts + transferCosts;
    }
}
