package org.sangsaeng.coupons;

import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;

/**
 * What a coupon takes off, and the rules it must meet: a fixed discount of at least 1 won and not
 * above the minimum purchase; a percentage of 1-100 with a cap of at least 1 won; or a named free
 * item. Money in whole won.
 */
public record Discount(
        DiscountType type,
        Long won,
        Integer percent,
        Long capWon,
        String freeItem,
        long minimumPurchaseWon) {

    public Discount {
        if (type == null) {
            throw new InvalidInputException("error.coupon.discountType");
        }
        if (minimumPurchaseWon < 0) {
            throw new InvalidInputException("error.coupon.minimumPurchase");
        }
        Won.of(minimumPurchaseWon);
        switch (type) {
            case FIXED -> {
                if (won == null || won < 1) {
                    throw new InvalidInputException("error.coupon.fixedAmount");
                }
                if (won > minimumPurchaseWon) {
                    throw new InvalidInputException("error.coupon.discountAboveMinimum");
                }
                percent = null;
                capWon = null;
                freeItem = null;
            }
            case PERCENT -> {
                if (percent == null || percent < 1 || percent > 100) {
                    throw new InvalidInputException("error.coupon.percent");
                }
                if (capWon == null || capWon < 1) {
                    throw new InvalidInputException("error.coupon.cap");
                }
                Won.of(capWon);
                won = null;
                freeItem = null;
            }
            case FREE_ITEM -> {
                freeItem = freeItem == null ? "" : freeItem.trim();
                if (freeItem.isEmpty() || freeItem.length() > 200) {
                    throw new InvalidInputException("error.coupon.freeItem");
                }
                won = null;
                percent = null;
                capWon = null;
            }
        }
    }

    /**
     * The most the coupon can take off one purchase, in won (a free item counts as 0): what
     * approval thresholds compare.
     */
    public long largestDiscount() {
        return switch (type) {
            case FIXED -> won;
            case PERCENT -> capWon;
            case FREE_ITEM -> 0;
        };
    }

    /** What comes off a purchase of this many won; refused below the minimum purchase. */
    public long off(long purchaseWon) {
        if (purchaseWon < minimumPurchaseWon || purchaseWon < 0) {
            throw new InvalidInputException(
                    "error.coupon.belowMinimum", String.format("%,d원", minimumPurchaseWon));
        }
        return switch (type) {
            case FIXED -> Math.min(won, purchaseWon);
            case PERCENT -> Math.min(purchaseWon * percent / 100, capWon);
            case FREE_ITEM -> 0;
        };
    }
}
