package org.sangsaeng.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A counter's "scan" button: reads the customer's QR code (a coupon's or an order's code) with the
 * phone's camera into the code field, where the browser can (the BarcodeDetector of Chrome on
 * Android); elsewhere the person is told to type the code.
 */
public class CodeScanner extends VerticalLayout {

    private static final String SCAN_JS =
            """
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

    private final Button button;

    public CodeScanner(TextField code, Feedback feedback) {
        setPadding(false);
        setSpacing(false);
        Div camera = new Div();
        camera.setWidthFull();
        button =
                new Button(
                        getTranslation("coupon.scan"),
                        e ->
                                camera.getElement()
                                        .executeJs(SCAN_JS, camera.getElement())
                                        .then(
                                                String.class,
                                                value -> {
                                                    if (value == null || value.isBlank()) {
                                                        feedback.error(
                                                                getTranslation(
                                                                        "coupon.scanUnavailable"));
                                                    } else {
                                                        code.setValue(value.trim());
                                                    }
                                                },
                                                error ->
                                                        feedback.error(
                                                                getTranslation(
                                                                        "coupon.scanUnavailable"))));
        button.setWidthFull();
        add(button, camera);
    }

    @Override
    public void setId(String id) {
        button.setId(id);
    }
}
