package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.sangsaeng.governance.FoundingForm;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.MemberDirectory;

/**
 * One founder of a new co-op: who, the shop they bring and its business type (from a membership
 * when they have one).
 */
class FounderRow extends VerticalLayout {

    private final String username;
    private final TextField shop = new TextField(getTranslation("founding.shopName"));
    private final Select<BusinessType> type = new Select<>();

    FounderRow(MemberDirectory.Merchant merchant, boolean removable, Consumer<FounderRow> remove) {
        this.username = merchant.username();
        setPadding(false);
        setSpacing(false);
        addClassName("founder-row");
        getElement().setAttribute("data-username", username);
        Span who = new Span(merchant.displayName() + " (" + merchant.username() + ")");
        who.addClassName("founder-name");
        shop.setMaxLength(100);
        shop.setWidthFull();
        shop.addClassName("founder-shop");
        shop.setValue(merchant.shopName() == null ? "" : merchant.shopName());
        type.setLabel(getTranslation("founding.businessType"));
        type.setItems(BusinessType.values());
        type.setItemLabelGenerator(
                t -> t == null ? "" : getTranslation("businessType." + t.name()));
        type.setValue(merchant.businessType());
        type.setWidthFull();
        type.addClassName("founder-type");
        add(who, shop, type);
        if (removable) {
            Button out = new Button(getTranslation("founding.remove"), e -> remove.accept(this));
            out.addClassName("founder-remove");
            add(out);
        }
    }

    String username() {
        return username;
    }

    FoundingForm.Founder value() {
        return new FoundingForm.Founder(username, type.getValue(), shop.getValue());
    }
}
