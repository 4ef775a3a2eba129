package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.Component;
import org.sangsaeng.coupons.Discount;

/** How coupon pages word a discount, in the reader's language. */
final class CouponTexts {

    private CouponTexts() {
    }

    static String discount(Component c, Discount d) {
        String minimum = d.minimumPurchaseWon() > 0
                ? " " + c.getTranslation("coupon.minimum", String.format("%,d", d.minimumPurchaseWon())) : "";
        return switch (d.type()) {
            case FIXED -> c.getTranslation("coupon.fixed", String.format("%,d", d.won())) + minimum;
            case PERCENT -> c.getTranslation("coupon.percentOff", d.percent(), String.format("%,d", d.capWon())) + minimum;
            case FREE_ITEM -> c.getTranslation("coupon.free", d.freeItem()) + minimum;
        };
    }
}
