package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.sangsaeng.market.PublicMarkets;
import org.sangsaeng.membership.ShopProfile;
import org.sangsaeng.membership.ShopProfileForm;
import org.sangsaeng.membership.ShopProfiles;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.ui.Feedback;

/**
 * My shop: what it tells customers on the market's public page (opening hours, place in the market,
 * a short description, a phone for customers), and that page's address to pass on. Big fields, one
 * under the other, for owners who use their phone.
 */
@Route("my-shop")
@PermitAll
public class MyShopView extends VerticalLayout implements HasDynamicTitle {

    private final ShopProfiles shops;
    private final Messages messages;
    private final Feedback feedback;

    public MyShopView(
            ShopProfiles shops, PublicMarkets markets, Messages messages, Feedback feedback) {
        this.shops = shops;
        this.messages = messages;
        this.feedback = feedback;
        setMaxWidth("36em");
        add(new H2(getTranslation("myShop.title")));
        List<ShopProfile> mine = shops.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("myShop.none"));
            none.setId("my-shop-none");
            add(none);
            return;
        }
        mine.forEach(s -> add(editor(s, markets.addressOfCoop(s.coopId()))));
    }

    private Div editor(ShopProfile shop, String marketAddress) {
        String id = "shop-" + shop.id();
        TextField hours =
                field(
                        getTranslation("myShop.hours"),
                        id + "-hours",
                        shop.openingHours(),
                        ShopProfileForm.MAX_HOURS);
        hours.setPlaceholder(getTranslation("myShop.hoursExample"));
        TextField place =
                field(
                        getTranslation("myShop.place"),
                        id + "-place",
                        shop.place(),
                        ShopProfileForm.MAX_PLACE);
        place.setPlaceholder(getTranslation("myShop.placeExample"));
        TextArea description = new TextArea(getTranslation("myShop.description"));
        description.setId(id + "-description");
        description.setWidthFull();
        description.setMinHeight("8em");
        description.setValue(shop.description() == null ? "" : shop.description());
        counted(description, ShopProfileForm.MAX_DESCRIPTION);
        TextField phone = field(getTranslation("myShop.phone"), id + "-phone", shop.phone(), 0);
        phone.setHelperText(getTranslation("myShop.phoneHint"));
        Paragraph error = new Paragraph();
        error.setId(id + "-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        Map<String, HasValidation> fields =
                Map.of(
                        "error.shop.hoursTooLong",
                        hours,
                        "error.shop.placeTooLong",
                        place,
                        "error.shop.descriptionTooLong",
                        description,
                        "error.shop.phone",
                        phone);
        Button save =
                new Button(
                        getTranslation("myShop.save"),
                        e -> {
                            fields.values().forEach(f -> f.setInvalid(false));
                            error.setText("");
                            try {
                                ShopProfile saved =
                                        shops.describe(
                                                shop.id(),
                                                new ShopProfileForm(
                                                        hours.getValue(),
                                                        place.getValue(),
                                                        description.getValue(),
                                                        phone.getValue()));
                                phone.setValue(saved.phone() == null ? "" : saved.phone());
                                feedback.success(getTranslation("myShop.saved"));
                            } catch (BusinessException ex) {
                                String why = messages.explain(ex, getLocale());
                                error.setText(why);
                                HasValidation field = fields.get(ex.messageKey());
                                if (field != null) {
                                    field.setErrorMessage(why);
                                    field.setInvalid(true);
                                }
                            }
                        });
        save.addThemeName("primary");
        save.setId(id + "-save");
        Anchor page = new Anchor(marketAddress, marketAddress);
        page.setId(id + "-market-page");
        page.setTarget("_blank");
        page.getStyle().set("word-break", "break-all");
        Div card =
                new Div(
                        new H3(
                                shop.shopName()
                                        + " · "
                                        + getTranslation(
                                                "businessType." + shop.businessType().name())),
                        hours,
                        place,
                        description,
                        phone,
                        error,
                        save,
                        new Paragraph(getTranslation("myShop.marketPage")),
                        page);
        card.setId(id);
        card.addClassName("market-card");
        card.setWidthFull();
        return card;
    }

    private TextField field(String label, String id, String value, int max) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setWidthFull();
        field.setValue(value == null ? "" : value);
        if (max > 0) {
            counted(field, max);
        }
        return field;
    }

    // The count as the owner types: the limit is seen before the save refuses it.
    private <
                    F extends
                            com.vaadin.flow.component.AbstractField<?, String>
                                    & com.vaadin.flow.data.value.HasValueChangeMode
                                    & com.vaadin.flow.component.HasHelper>
            void counted(F field, int max) {
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setHelperText(getTranslation("myShop.count", field.getValue().length(), max));
        field.addValueChangeListener(
                e ->
                        field.setHelperText(
                                getTranslation("myShop.count", e.getValue().length(), max)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myShop.title") + " · " + getTranslation("app.name");
    }
}
