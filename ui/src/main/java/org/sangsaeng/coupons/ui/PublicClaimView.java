package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sangsaeng.coupons.CouponClaims;
import org.sangsaeng.coupons.CouponShare;
import org.sangsaeng.coupons.PublicCoupon;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.ui.ShareLink;

/**
 * A coupon's public link (no sign-in): what the coupon is, its address to pass on (the phone's
 * share sheet where the browser has one, else copied), and a coupon of one's own while there are
 * any left.
 */
@Route(value = "c/p/:publicToken", autoLayout = false)
@AnonymousAllowed
public class PublicClaimView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final CouponClaims coupons;
    private final CouponShare share;
    private final CouponPreview preview;
    private final Messages messages;

    public PublicClaimView(
            CouponClaims coupons, CouponShare share, CouponPreview preview, Messages messages) {
        this.coupons = coupons;
        this.share = share;
        this.preview = preview;
        this.messages = messages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String publicToken = event.getRouteParameters().get("publicToken").orElse("");
        String caller = caller();
        PublicCoupon offer =
                findOrRefuse(messages, "coupon-refused", () -> share.offer(publicToken, caller));
        if (offer == null) {
            return;
        }
        add(new Paragraph(preview.from(offer, getLocale())));
        addCoupon(offer);
        if (!addWhyOver(offer, "coupon.public.allGone")) {
            Paragraph left = new Paragraph(getTranslation("coupon.public.left", offer.usesLeft()));
            Paragraph result = new Paragraph(getTranslation("coupon.public.claimHint"));
            Button claim = new Button(getTranslation("coupon.public.claim"));
            claim.addThemeName("primary");
            claim.setId("coupon-claim");
            claim.addClickListener(
                    e -> {
                        try {
                            String token = coupons.claim(publicToken, caller);
                            getUI().ifPresent(
                                            ui ->
                                                    ui.navigate(
                                                            PublicCouponView.class,
                                                            new RouteParameters("token", token)));
                        } catch (BusinessException ex) {
                            result.setText(messages.explain(ex, getLocale()));
                        }
                    });
            add(left, result, claim);
        }
        add(new ShareLink("coupon", "coupon.share", preview.address(publicToken), offer.title()));
        add(
                org.sangsaeng.market.ui.MarketPageView.link(
                        offer.marketId(), getTranslation("market.more")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coupon.public.title") + " · " + getTranslation("app.name");
    }
}
