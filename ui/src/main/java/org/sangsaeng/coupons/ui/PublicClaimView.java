package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.Messages;

/** A coupon's public link (no sign-in): anyone takes a coupon of their own while there are any left. */
@Route(value = "c/p/:publicToken", autoLayout = false)
@AnonymousAllowed
public class PublicClaimView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final CouponService coupons;
    private final Messages messages;

    public PublicClaimView(CouponService coupons, Messages messages) {
        this.coupons = coupons;
        this.messages = messages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String publicToken = event.getRouteParameters().get("publicToken").orElse("");
        Paragraph result = new Paragraph(getTranslation("coupon.public.claimHint"));
        Button claim = new Button(getTranslation("coupon.public.claim"));
        claim.addThemeName("primary");
        claim.setId("coupon-claim");
        String caller = caller();
        claim.addClickListener(e -> {
            try {
                String token = coupons.claim(publicToken, caller);
                getUI().ifPresent(ui -> ui.navigate(PublicCouponView.class, new RouteParameters("token", token)));
            } catch (BusinessException ex) {
                result.setText(messages.explain(ex, getLocale()));
            }
        });
        add(new H1(getTranslation("coupon.public.title")), result, claim);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coupon.public.title") + " · " + getTranslation("app.name");
    }
}
