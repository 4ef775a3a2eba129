package org.sangsaeng.coupons.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.sangsaeng.coupons.ProductPages;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.PublicAddress;
import org.sangsaeng.ui.PagePreview;
import org.springframework.stereotype.Component;

/**
 * A new-product page's link as messengers preview it: the shop, the product, its price and photo
 * (see {@link CouponPreview}).
 */
@Component
class ProductPreview extends PagePreview {

    private static final Pattern PAGE = Pattern.compile("/m/([A-Za-z0-9_-]{1,100})/?");

    private final ProductPages products;
    private final I18NProvider i18n;
    private final PublicAddress publicAddress;

    ProductPreview(ProductPages products, I18NProvider i18n, PublicAddress publicAddress) {
        super(PAGE);
        this.products = products;
        this.i18n = i18n;
        this.publicAddress = publicAddress;
    }

    @Override
    protected void write(Matcher page, VaadinServletRequest request, Element head) {
        ProductPages.ProductPage p;
        try {
            p = products.page(page.group(1), request.getRemoteAddr());
        } catch (RuntimeException unknownOrSlowedDown) {
            return;
        }
        String address = publicAddress.of("/m/" + page.group(1));
        property(head, "og:type", "website");
        property(head, "og:site_name", i18n.getTranslation("app.name", Messages.KOREAN));
        property(
                head,
                "og:title",
                "["
                        + p.shop()
                        + "] "
                        + p.product()
                        + (p.priceWon() == null
                                ? ""
                                : " "
                                        + i18n.getTranslation(
                                                "product.price",
                                                Messages.KOREAN,
                                                String.format("%,d", p.priceWon()))));
        property(
                head,
                "og:description",
                p.text().length() > 150 ? p.text().substring(0, 150) + "…" : p.text());
        property(head, "og:url", address);
        if (p.hasPhoto()) {
            property(
                    head,
                    "og:image",
                    publicAddress.base() + "/api/v1/public/products/" + page.group(1) + "/photo");
        }
    }
}
