package org.sangsaeng.sale.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sangsaeng.sale.CustomerOrders;
import org.sangsaeng.sale.OfferView;
import org.sangsaeng.sale.OrderForm;
import org.sangsaeng.sale.OrderReceipt;
import org.sangsaeng.sale.PublicOffer;
import org.sangsaeng.ui.Feedback;

/**
 * A joint offer's public page (no sign-in), made for a phone: what is in a set, the price and the
 * sets left; the customer orders with their name, their phone proven by an SMS code and a pickup
 * slot.
 */
@Route(value = "sale/:offerId", autoLayout = false)
@AnonymousAllowed
public class PublicOfferView extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerOrders orders;
    private final Feedback feedback;
    private String title = "";

    public PublicOfferView(CustomerOrders orders, Feedback feedback) {
        this.orders = orders;
        this.feedback = feedback;
        setMaxWidth("28em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        PublicOffer offer;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("offerId").orElse(""));
            offer = feedback.attempt(() -> orders.publicOffer(id));
        } catch (NumberFormatException e) {
            offer = null;
        }
        if (offer == null) {
            add(new H1(getTranslation("sale.public.notFound")));
            return;
        }
        title = offer.title();
        UnorderedList items = new UnorderedList();
        offer.items()
                .forEach(
                        i ->
                                items.add(
                                        new ListItem(
                                                i.shopName()
                                                        + " · "
                                                        + i.item()
                                                        + " "
                                                        + i.quantityPerSet()
                                                        + i.unit())));
        Paragraph price =
                new Paragraph(
                        getTranslation(
                                "sale.public.price",
                                SaleTexts.won(offer.salePrice()),
                                offer.setsLeft(),
                                Feedback.dateTime(offer.orderDeadline(), getLocale())));
        price.setId("sale-price-left");
        Paragraph payment =
                new Paragraph(
                        offer.transferAccount() == null
                                ? getTranslation("sale.public.payAtPickup")
                                : getTranslation(
                                        "sale.public.payAtPickupOrTransfer",
                                        offer.transferAccount()));
        payment.setId("offer-payment");
        add(new H1(offer.title()), new Paragraph(offer.description()), items, price, payment);
        if (offer.open() && offer.setsLeft() > 0) {
            add(orderForm(offer));
        } else {
            add(new Paragraph(getTranslation("sale.public.closed")));
        }
        add(
                org.sangsaeng.market.ui.MarketPageView.link(
                        offer.marketId(), getTranslation("market.more")));
    }

    private VerticalLayout orderForm(PublicOffer offer) {
        IntegerField sets = new IntegerField(getTranslation("sale.public.sets"));
        sets.setValue(1);
        sets.setMin(1);
        sets.setStepButtonsVisible(true);
        sets.setId("order-sets");
        TextField name = new TextField(getTranslation("sale.public.name"));
        name.setId("order-name");
        TextField phone = new TextField(getTranslation("sale.public.phone"));
        phone.setPlaceholder("010-1234-5678");
        phone.getElement().setAttribute("type", "tel");
        phone.setId("order-phone");
        Paragraph codeSent = new Paragraph();
        codeSent.setId("order-code-sent");
        Button sendCode =
                new Button(
                        getTranslation("sale.public.sendCode"),
                        e -> {
                            Long minutes =
                                    feedback.attempt(
                                            () -> orders.sendCode(phone.getValue(), getLocale()));
                            if (minutes != null) {
                                codeSent.setText(getTranslation("sale.public.codeSent", minutes));
                            }
                        });
        sendCode.setId("order-send-code");
        TextField code = new TextField(getTranslation("sale.public.code"));
        code.getElement().setAttribute("inputmode", "numeric");
        code.setMaxLength(6);
        code.setId("order-code");
        Select<OfferView.SlotView> slot = new Select<>();
        slot.setLabel(getTranslation("sale.public.slot"));
        slot.setItems(offer.slots());
        slot.setItemLabelGenerator(s -> SaleTexts.slot(s.place(), s.startsAt(), s.endsAt()));
        slot.setValue(offer.slots().getFirst());
        slot.setId("order-slot");
        Button order =
                new Button(
                        getTranslation("sale.public.order"),
                        e -> {
                            OrderForm form =
                                    new OrderForm(
                                            sets.getValue() == null ? 0 : sets.getValue(),
                                            name.getValue(),
                                            phone.getValue(),
                                            code.getValue(),
                                            slot.getValue() == null ? -1 : slot.getValue().id());
                            OrderReceipt receipt =
                                    feedback.attempt(
                                            () -> orders.order(offer.id(), form, getLocale()));
                            if (receipt != null) {
                                getUI().ifPresent(
                                                ui ->
                                                        ui.navigate(
                                                                PublicOrderView.class,
                                                                new RouteParameters(
                                                                        "token",
                                                                        receipt.orderToken())));
                            }
                        });
        order.addThemeName("primary");
        order.setId("order-submit");
        VerticalLayout form =
                new VerticalLayout(sets, name, phone, sendCode, codeSent, code, slot, order);
        form.setPadding(false);
        form.getChildren().forEach(c -> ((HasSize) c).setWidthFull());
        return form;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
