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
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.Redemption;
import org.sangsaeng.ui.Feedback;

/** The counter, on a phone: type the customer's code (or read it off their QR code) and the purchase, then redeem. */
@Route("redeem")
@PermitAll
public class RedeemView extends VerticalLayout implements HasDynamicTitle {

    public RedeemView(CouponService coupons, Feedback feedback) {
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
        Button redeem = new Button(getTranslation("coupon.redeem"), e -> {
            Redemption r = feedback.attempt(() -> coupons.redeem(code.getValue(),
                    purchase.getValue() == null ? -1 : purchase.getValue()));
            if (r != null) {
                result.setText(r.freeItem() != null ? getTranslation("coupon.redeemedItem", r.couponTitle(), r.freeItem())
                        : getTranslation("coupon.redeemed", r.couponTitle(), String.format("%,d", r.discountWon()),
                        String.format("%,d", r.purchaseWon() - r.discountWon())));
                code.clear();
            }
        });
        redeem.addThemeName("primary");
        redeem.setWidthFull();
        redeem.setId("redeem-submit");
        com.vaadin.flow.component.html.Div camera = new com.vaadin.flow.component.html.Div();
        camera.setWidthFull();
        Button scan = new Button(getTranslation("coupon.scan"), e -> scan(camera, code, feedback));
        scan.setWidthFull();
        scan.setId("redeem-scan");
        add(new H2(getTranslation("coupon.redeemTitle")), scan, camera, code, purchase, redeem, result);
    }

    /**
     * Reads the customer's QR code with the phone's camera, where the browser can (the
     * BarcodeDetector of Chrome on Android); elsewhere the code is typed.
     */
    private void scan(com.vaadin.flow.component.html.Div camera, TextField code, Feedback feedback) {
        camera.getElement().executeJs(SCAN_JS, camera.getElement()).then(String.class, value -> {
            if (value == null || value.isBlank()) {
                feedback.error(getTranslation("coupon.scanUnavailable"));
            } else {
                code.setValue(value.trim());
            }
        }, error -> feedback.error(getTranslation("coupon.scanUnavailable")));
    }

    private static final String SCAN_JS = """
            return (async () => {
              if (!('BarcodeDetector' in window) || !navigator.mediaDevices) { return null; }
              const detector = new BarcodeDetector({formats: ['qr_code']});
              const stream = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}});
              const video = document.createElement('video');
              video.srcObject = stream;
              video.setAttribute('playsinline', '');
              video.style.width = '100%';
              $0.appendChild(video);
              try {
                await video.play();
                for (let i = 0; i < 300; i++) {
                  const found = await detector.detect(video);
                  if (found.length) { return found[0].rawValue; }
                  await new Promise(r => setTimeout(r, 100));
                }
                return null;
              } finally {
                stream.getTracks().forEach(t => t.stop());
                video.remove();
              }
            })();
            """;

    {
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coupon.redeemTitle") + " · " + getTranslation("app.name");
    }
}
