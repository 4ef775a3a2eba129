package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sangsaeng.coupons.ProductPages;
import org.sangsaeng.shared.Messages;

/**
 * The page a new-product message links to (no sign-in): the shop, the product, its price, photo and
 * text.
 */
@Route(value = "m/:token", autoLayout = false)
@AnonymousAllowed
public class ProductPageView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final ProductPages products;
    private final Messages messages;
    private String title = "";

    public ProductPageView(ProductPages products, Messages messages) {
        this.products = products;
        this.messages = messages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        ProductPages.ProductPage p =
                findOrRefuse(messages, "product-refused", () -> products.page(token, caller()));
        if (p == null) {
            return;
        }
        title = p.product();
        add(new Paragraph(p.shop()));
        H1 name = new H1(p.product());
        name.setId("product-name");
        add(name);
        if (p.priceWon() != null) {
            H2 price = new H2(getTranslation("product.price", String.format("%,d", p.priceWon())));
            price.setId("product-price");
            add(price);
        }
        if (p.hasPhoto()) {
            Image photo = new Image("api/v1/public/products/" + token + "/photo", p.product());
            photo.setId("product-photo");
            photo.setMaxWidth("100%");
            add(photo);
        }
        Paragraph text = new Paragraph(p.text());
        text.getStyle().set("white-space", "pre-wrap");
        add(text);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
