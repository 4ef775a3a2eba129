package org.sangsaeng.sale.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.sale.OrderStatus;
import org.sangsaeng.sale.PaymentMethod;
import org.sangsaeng.sale.PickupReceipt;
import org.sangsaeng.sale.SaleCounter;
import org.sangsaeng.ui.CodeScanner;
import org.sangsaeng.ui.Feedback;

/**
 * The joint sale's counter, on a phone: type the customer's order code, see whether it is paid
 * already, then hand over the sets, taking the payment in cash or by card when it is not.
 */
@Route("sale-counter")
@PermitAll
public class SaleCounterView extends VerticalLayout implements HasDynamicTitle {

    private final SaleCounter counter;
    private final Feedback feedback;
    private final TextField code = new TextField(getTranslation("sale.counter.code"));
    private final Paragraph order = new Paragraph();
    private final Paragraph result = new Paragraph();
    private final Button cash =
            new Button(getTranslation("sale.counter.cash"), e -> handOver(PaymentMethod.CASH));
    private final Button card =
            new Button(getTranslation("sale.counter.card"), e -> handOver(PaymentMethod.CARD));
    private final Button paid =
            new Button(getTranslation("sale.counter.handOverPaid"), e -> handOver(null));

    public SaleCounterView(SaleCounter counter, Feedback feedback) {
        this.counter = counter;
        this.feedback = feedback;
        setMaxWidth("28em");
        code.setWidthFull();
        code.setId("pickup-code");
        code.getElement().setAttribute("autocapitalize", "characters");
        code.addValueChangeListener(e -> showButtons(null));
        order.setId("pickup-order");
        result.setId("pickup-result");
        Button look = new Button(getTranslation("sale.counter.look"), e -> look());
        look.setWidthFull();
        look.setId("pickup-look");
        code.addKeyPressListener(Key.ENTER, e -> look());
        cash.setId("pickup-cash");
        card.setId("pickup-card");
        paid.setId("pickup-paid");
        for (Button b : new Button[] {cash, card, paid}) {
            b.addThemeName("primary");
            b.setWidthFull();
        }
        showButtons(null);
        CodeScanner scan = new CodeScanner(code, feedback);
        scan.setId("pickup-scan");
        add(
                new H2(getTranslation("sale.counter.title")),
                new Paragraph(getTranslation("sale.counter.hint")),
                scan,
                code,
                look,
                order,
                cash,
                card,
                paid,
                result);
    }

    private void look() {
        result.setText("");
        SaleCounter.OrderLine line = feedback.attempt(() -> counter.look(code.getValue()));
        showButtons(line);
        if (line == null) {
            order.setText("");
            return;
        }
        String payment =
                line.paidBy() == null
                        ? getTranslation("sale.counter.toPay", SaleTexts.won(line.amount()))
                        : getTranslation(
                                "sale.counter.paidBy." + line.paidBy(),
                                SaleTexts.won(line.amount()));
        order.setText(
                getTranslation(
                                "sale.counter.order",
                                line.customerName(),
                                line.sets(),
                                getTranslation("sale.orderStatus." + line.status()))
                        + " "
                        + payment);
    }

    private void showButtons(SaleCounter.OrderLine line) {
        boolean open = line != null && line.status() == OrderStatus.PLACED;
        cash.setVisible(open && line.paidBy() == null);
        card.setVisible(open && line.paidBy() == null);
        paid.setVisible(open && line.paidBy() != null);
    }

    private void handOver(PaymentMethod method) {
        PickupReceipt r = feedback.attempt(() -> counter.pickUp(code.getValue(), method));
        if (r != null) {
            result.setText(
                    getTranslation(
                                    "sale.counter.handedOver",
                                    r.customerName(),
                                    r.sets(),
                                    r.offerTitle())
                            + " "
                            + getTranslation(
                                    "sale.counter.paidWith." + r.paidBy(),
                                    SaleTexts.won(r.paid())));
            code.clear();
            order.setText("");
            showButtons(null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sale.counter.title") + " · " + getTranslation("app.name");
    }
}
