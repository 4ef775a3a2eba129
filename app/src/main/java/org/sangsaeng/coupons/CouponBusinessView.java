package org.sangsaeng.coupons;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.coupons.domain.Coupons;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessSummary.Fact;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Component;

/** A coupon next to its trail: its state, author, quantity and what was issued and redeemed. */
@Component
class CouponBusinessView implements BusinessView {

    private final CouponQueries coupons;
    private final Messages messages;

    private final Coupons titleSource;

    CouponBusinessView(CouponQueries coupons, Messages messages, Coupons titleSource) {
        this.titleSource = titleSource;
        this.coupons = coupons;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return CouponService.BUSINESS_KEY_PREFIX;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return BusinessView.byId(titleSource.findTitles(ids));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return BusinessView.ifFound(() -> coupons.get(id)).map(c -> summary(c, locale));
    }

    private BusinessSummary summary(CouponView c, Locale locale) {
        CouponStats s = c.stats();
        List<Fact> facts =
                List.of(
                        new Fact(
                                messages.get("explorer.fact.state", locale),
                                messages.get("couponState." + c.state().name(), locale)),
                        new Fact(messages.get("explorer.fact.author", locale), c.authorName()),
                        new Fact(
                                messages.get("explorer.fact.quantity", locale),
                                Integer.toString(c.totalQuantity())),
                        new Fact(
                                messages.get("explorer.fact.couponFigures", locale),
                                s == null
                                        ? "-"
                                        : messages.get(
                                                "explorer.fact.couponFiguresValue",
                                                locale,
                                                s.issued(),
                                                s.opened(),
                                                s.redeemed(),
                                                s.redemptionRatePercent(),
                                                Won.of(s.discountWon()))));
        return new BusinessSummary(
                messages.get("explorer.kind.coupon", locale),
                c.title(),
                "coupons/" + c.id(),
                facts);
    }
}
