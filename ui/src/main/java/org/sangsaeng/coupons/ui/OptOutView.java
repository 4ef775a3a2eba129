package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sangsaeng.coupons.CustomerService;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.Messages;

/**
 * The opt-out link of every message (no sign-in): one press and the shop never sends this number
 * another message.
 */
@Route(value = "out/:token", autoLayout = false)
@AnonymousAllowed
public class OptOutView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerService customers;
    private final Messages messages;

    public OptOutView(CustomerService customers, Messages messages) {
        this.customers = customers;
        this.messages = messages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        Paragraph result = new Paragraph(getTranslation("optOut.question"));
        result.setId("opt-out-result");
        Button confirm = new Button(getTranslation("optOut.confirm"));
        confirm.setId("opt-out-confirm");
        confirm.addThemeName("primary");
        confirm.addClickListener(
                e -> {
                    try {
                        customers.optOut(token);
                        result.setText(getTranslation("optOut.done"));
                    } catch (BusinessException ex) {
                        result.setText(messages.explain(ex, getLocale()));
                    }
                    confirm.setVisible(false);
                });
        add(new H1(getTranslation("optOut.title")), result, confirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("optOut.title") + " · " + getTranslation("app.name");
    }
}
