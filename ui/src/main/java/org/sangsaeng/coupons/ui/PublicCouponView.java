package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sangsaeng.coupons.CouponClaims;
import org.sangsaeng.coupons.PublicCoupon;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.ui.QrCode;

/**
 * The coupon page a customer opens from the message (no sign-in): the coupon, where and until when
 * it is valid, and their code as text and QR code. An unknown link says only that.
 */
@Route(value = "c/:token", autoLayout = false)
@AnonymousAllowed
public class PublicCouponView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final CouponClaims coupons;
    private final Messages messages;

    public PublicCouponView(CouponClaims coupons, Messages messages) {
        this.coupons = coupons;
        this.messages = messages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        PublicCoupon c =
                findOrRefuse(
                        messages, "coupon-refused", () -> coupons.publicCoupon(token, caller()));
        if (c != null) {
            show(c);
        }
    }

    private void show(PublicCoupon c) {
        add(
                new Paragraph(
                        c.coopWide()
                                ? getTranslation("coupon.public.coopWide", c.coopName())
                                : c.shop()));
        addCoupon(c);
        if (addWhyOver(c, "coupon.public.used")) {
            return;
        }
        Div code = new Div(c.code());
        code.setId("coupon-code");
        code.getStyle()
                .set("font-size", "2em")
                .set("letter-spacing", "0.15em")
                .set("font-weight", "bold");
        add(
                QrCode.of(c.code(), c.code()),
                code,
                new Paragraph(getTranslation("coupon.public.show")),
                org.sangsaeng.market.ui.MarketPageView.link(
                        c.marketId(), getTranslation("market.more")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coupon.public.title") + " · " + getTranslation("app.name");
    }
}
