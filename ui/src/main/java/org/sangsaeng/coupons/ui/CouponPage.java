package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.coupons.CouponDetails;
import org.sangsaeng.coupons.CouponQueries;
import org.sangsaeng.coupons.CouponStats;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.SubjectPage;

/** One coupon: what it gives, to whom, when, where it stands, and its figures per shop. */
@Route("coupons/:couponId")
@PermitAll
public class CouponPage extends SubjectPage<CouponDetails> {

    /** Goes to the page of the coupon with {@code couponId}. */
    public static void open(long couponId) {
        open(CouponPage.class, "couponId", couponId);
    }

    public CouponPage(CouponQueries coupons, Feedback feedback) {
        super(feedback, "couponId", coupons::get, CouponsView.class, CouponDetails::title);
    }

    @Override
    protected void build(CouponDetails c) {
        H2 heading = new H2(c.title());
        heading.setId("coupon-heading");
        add(heading, details(c));
        if (c.stats() != null) {
            CouponStats s = c.stats();
            Span figures =
                    new Span(
                            getTranslation(
                                    "coupon.figuresLong",
                                    s.issued(),
                                    s.opened(),
                                    s.redeemed(),
                                    s.redemptionRatePercent(),
                                    String.format("%,d", s.discountWon())));
            figures.setId("coupon-figures");
            Grid<CouponStats.ShopFigures> shops = new Grid<>();
            shops.addColumn(CouponStats.ShopFigures::shopOwner)
                    .setHeader(getTranslation("coupon.shop"));
            shops.addColumn(CouponStats.ShopFigures::redemptions)
                    .setHeader(getTranslation("coupon.redemptions"));
            shops.addColumn(f -> String.format("%,d원", f.discountWon()))
                    .setHeader(getTranslation("coupon.discountGiven"));
            shops.setItems(s.shops());
            shops.setAllRowsVisible(true);
            add(new H3(getTranslation("coupon.figuresHeader")), figures, shops);
        }
    }

    private FormLayout details(CouponDetails c) {
        FormLayout f = new FormLayout();
        f.addFormItem(
                new Span(CouponTexts.discount(this, c.discount())),
                getTranslation("coupon.discount"));
        f.addFormItem(new Span(c.description()), getTranslation("coupon.description"));
        f.addFormItem(
                new Span(
                        getTranslation(
                                "coupon.validity",
                                Feedback.dateTime(c.validFrom(), getLocale()),
                                Feedback.dateTime(c.validTo(), getLocale()))),
                getTranslation("coupon.validFrom"));
        f.addFormItem(
                new Span(
                        getTranslation("audience." + c.audience().name())
                                + (c.audienceTag() == null ? "" : " (" + c.audienceTag() + ")")
                                + (c.coopWide() ? " · " + getTranslation("coupon.coopWide") : "")),
                getTranslation("coupon.audience"));
        f.addFormItem(
                new Span(
                        getTranslation(
                                "coupon.quantities", c.totalQuantity(), c.perCustomerLimit())),
                getTranslation("coupon.quantity"));
        Span state =
                new Span(
                        getTranslation("couponState." + c.state().name())
                                + (c.needsFoundation()
                                        ? " · " + getTranslation("coupon.needsFoundation")
                                        : ""));
        state.setId("coupon-state");
        f.addFormItem(state, getTranslation("coupon.state"));
        if (c.reviewComment() != null) {
            f.addFormItem(new Span(c.reviewComment()), getTranslation("coupon.reviewComment"));
        }
        if (c.publicToken() != null) {
            f.addFormItem(new Span("/c/p/" + c.publicToken()), getTranslation("coupon.publicLink"));
        }
        return f;
    }
}
