package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.Component;
import org.sangsaeng.coupons.Discount;

/** How coupon pages word a discount, in the reader's language. */
public final class CouponTexts {

    private CouponTexts() {}

    /** A message of the bundles with its parameters, in some reader's language. */
    interface Translation {
        String of(String key, Object... params);
    }

    public static String discount(Component c, Discount d) {
        return discount(c::getTranslation, d);
    }

    static String discount(Translation t, Discount d) {
        String minimum =
                d.minimumPurchaseWon() > 0
                        ? " " + t.of("coupon.minimum", String.format("%,d", d.minimumPurchaseWon()))
                        : "";
        return switch (d.type()) {
            case FIXED -> t.of("coupon.fixed", String.format("%,d", d.won())) + minimum;
            case PERCENT ->
                    t.of("coupon.percentOff", d.percent(), String.format("%,d", d.capWon()))
                            + minimum;
            case FREE_ITEM -> t.of("coupon.free", d.freeItem()) + minimum;
        };
    }
}
