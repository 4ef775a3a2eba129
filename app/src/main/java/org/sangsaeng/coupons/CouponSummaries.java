package org.sangsaeng.coupons;

import org.sangsaeng.coupons.domain.Coupons;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.ObjectSummaries;
import org.sangsaeng.shared.SummaryFacts;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Component;

/** A coupon next to its trail: its state, author, quantity and what was issued and redeemed. */
@Component
class CouponSummaries extends ObjectSummaries<CouponDetails> {

    CouponSummaries(CouponQueries coupons, Messages messages, Coupons titleSource) {
        super(CouponService.BUSINESS_KEY_PREFIX, coupons::get, titleSource::findTitles, messages);
    }

    @Override
    protected BusinessSummary summary(CouponDetails c, SummaryFacts facts) {
        CouponStats s = c.stats();
        facts.message("explorer.fact.state", "couponState." + c.state().name())
                .add("explorer.fact.author", c.authorName())
                .add("explorer.fact.quantity", Integer.toString(c.totalQuantity()))
                .add(
                        "explorer.fact.couponFigures",
                        s == null
                                ? "-"
                                : facts.text(
                                        "explorer.fact.couponFiguresValue",
                                        s.issued(),
                                        s.opened(),
                                        s.redeemed(),
                                        s.redemptionRatePercent(),
                                        Won.of(s.discountWon())));
        return facts.summary("explorer.kind.coupon", c.title(), "coupons/" + c.id());
    }
}
