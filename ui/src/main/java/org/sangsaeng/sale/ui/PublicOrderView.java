package org.sangsaeng.sale.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sangsaeng.sale.CustomerOrders;
import org.sangsaeng.sale.OrderDetails;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.QrCode;

/**
 * A customer's order behind its link (no sign-in): the pickup code to show at the counter, and
 * cancelling it in time.
 */
@Route(value = "sale/order/:token", autoLayout = false)
@AnonymousAllowed
public class PublicOrderView extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerOrders orders;
    private final Feedback feedback;

    public PublicOrderView(CustomerOrders orders, Feedback feedback) {
        this.orders = orders;
        this.feedback = feedback;
        setMaxWidth("28em");
        getStyle().set("margin", "0 auto").set("text-align", "center");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        show(token, feedback.attempt(() -> orders.details(token)));
    }

    private void show(String token, OrderDetails order) {
        removeAll();
        if (order == null) {
            add(new H1(getTranslation("sale.public.orderNotFound")));
            return;
        }
        H2 code = new H2(order.pickupCode());
        code.setId("order-pickup-code");
        Paragraph status = new Paragraph(getTranslation("sale.orderStatus." + order.status()));
        status.setId("order-status");
        add(
                new H1(order.offerTitle()),
                QrCode.of(order.pickupCode(), order.pickupCode()),
                code,
                new Paragraph(getTranslation("sale.public.showCode")),
                status,
                new Paragraph(
                        getTranslation(
                                "sale.public.orderSummary",
                                order.name(),
                                order.sets(),
                                SaleTexts.won(order.amount()))),
                new Paragraph(SaleTexts.slot(order.place(), order.pickupFrom(), order.pickupTo())));
        Paragraph payment =
                new Paragraph(
                        order.refundDue()
                                ? getTranslation(
                                        "sale.public.refundDue", SaleTexts.won(order.amount()))
                                : order.paidBy() != null
                                        ? getTranslation("sale.public.paidBy." + order.paidBy())
                                        : order.transferAccount() != null
                                                ? getTranslation(
                                                        "sale.public.payAtPickupOrTransfer",
                                                        order.transferAccount())
                                                : getTranslation("sale.public.payAtPickup"));
        payment.setId("order-payment");
        add(payment);
        if (order.cancellable()) {
            Button cancel =
                    new Button(
                            getTranslation("sale.public.cancel"),
                            e -> {
                                OrderDetails cancelled =
                                        feedback.attempt(() -> orders.cancel(token));
                                if (cancelled != null) {
                                    show(token, cancelled);
                                }
                            });
            cancel.setId("order-cancel");
            add(
                    new Paragraph(
                            getTranslation(
                                    "sale.public.cancelUntil",
                                    Feedback.dateTime(order.orderDeadline(), getLocale()))),
                    cancel);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sale.public.orderTitle") + " · " + getTranslation("app.name");
    }
}
