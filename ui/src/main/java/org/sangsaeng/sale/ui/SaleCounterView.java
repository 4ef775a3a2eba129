package org.sangsaeng.sale.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.sale.PickupReceipt;
import org.sangsaeng.sale.SaleCounter;
import org.sangsaeng.ui.Feedback;

/** The joint sale's counter, on a phone: type the customer's order code, hand over the sets, take the payment. */
@Route("sale-counter")
@PermitAll
public class SaleCounterView extends VerticalLayout implements HasDynamicTitle {

    public SaleCounterView(SaleCounter counter, Feedback feedback) {
        setMaxWidth("28em");
        TextField code = new TextField(getTranslation("sale.counter.code"));
        code.setWidthFull();
        code.setId("pickup-code");
        code.getElement().setAttribute("autocapitalize", "characters");
        Paragraph result = new Paragraph();
        result.setId("pickup-result");
        Button handOver = new Button(getTranslation("sale.counter.handOver"), e -> {
            PickupReceipt r = feedback.attempt(() -> counter.pickUp(code.getValue()));
            if (r != null) {
                result.setText(getTranslation("sale.counter.handedOver", r.customerName(), r.sets(), r.offerTitle(),
                        SaleTexts.won(r.paid())));
                code.clear();
            }
        });
        handOver.addThemeName("primary");
        handOver.setWidthFull();
        handOver.setId("pickup-submit");
        add(new H2(getTranslation("sale.counter.title")), new Paragraph(getTranslation("sale.counter.hint")), code,
                handOver, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sale.counter.title") + " · " + getTranslation("app.name");
    }
}
