package org.sangsaeng.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A QR code drawn as SVG on the server: no front-end library, sharp on any phone. */
public final class QrCode {

    private QrCode() {}

    public static Image of(String text, String alt) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                    }
                }
            }
            String svg =
                    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='-2 -2 "
                            + (m.getWidth() + 4)
                            + " "
                            + (m.getHeight() + 4)
                            + "' shape-rendering='crispEdges'><rect x='-2' y='-2' width='100%' height='100%'"
                            + " fill='white'/><path d='"
                            + path
                            + "' fill='black'/></svg>";
            Image image =
                    new Image(
                            "data:image/svg+xml;base64,"
                                    + Base64.getEncoder()
                                            .encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                            alt);
            image.setWidth("220px");
            image.setHeight("220px");
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("A short code always fits a QR code", e);
        }
    }
}
