package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.coupons.CouponCounter;
import org.sangsaeng.coupons.Redemption;
import org.sangsaeng.ui.CodeScanner;
import org.sangsaeng.ui.Feedback;

/**
 * The counter, on a phone: type the customer's code (or read it off their QR code) and the
 * purchase, then redeem.
 */
@Route("redeem")
@PermitAll
public class RedeemView extends VerticalLayout implements HasDynamicTitle {

    public RedeemView(CouponCounter counter, Feedback feedback) {
        setMaxWidth("28em");
        TextField code = new TextField(getTranslation("coupon.code"));
        code.setWidthFull();
        code.setId("redeem-code");
        code.getElement().setAttribute("autocapitalize", "characters");
        IntegerField purchase = new IntegerField(getTranslation("coupon.purchase"));
        purchase.setWidthFull();
        purchase.setSuffixComponent(new com.vaadin.flow.component.html.Span("원"));
        purchase.setId("redeem-purchase");
        Paragraph result = new Paragraph();
        result.setId("redeem-result");
        Button redeem =
                new Button(
                        getTranslation("coupon.redeem"),
                        e -> {
                            Redemption r =
                                    feedback.attempt(
                                            () ->
                                                    counter.redeem(
                                                            code.getValue(),
                                                            purchase.getValue() == null
                                                                    ? -1
                                                                    : purchase.getValue()));
                            if (r != null) {
                                result.setText(
                                        r.freeItem() != null
                                                ? getTranslation(
                                                        "coupon.redeemedItem",
                                                        r.couponTitle(),
                                                        r.freeItem())
                                                : getTranslation(
                                                        "coupon.redeemed",
                                                        r.couponTitle(),
                                                        String.format("%,d", r.discountWon()),
                                                        String.format(
                                                                "%,d",
                                                                r.purchaseWon()
                                                                        - r.discountWon())));
                                code.clear();
                            }
                        });
        redeem.addThemeName("primary");
        redeem.setWidthFull();
        redeem.setId("redeem-submit");
        CodeScanner scan = new CodeScanner(code, feedback);
        scan.setId("redeem-scan");
        add(new H2(getTranslation("coupon.redeemTitle")), scan, code, purchase, redeem, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coupon.redeemTitle") + " · " + getTranslation("app.name");
    }
}
