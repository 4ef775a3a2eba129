package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.sangsaeng.coupons.Audience;
import org.sangsaeng.coupons.CouponDetails;
import org.sangsaeng.coupons.CouponForm;
import org.sangsaeng.coupons.DiscountType;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.ui.MarketTimeFields;

/**
 * The fields of a coupon draft, for a new draft and for a revision; the server checks them again.
 */
class CouponEditor extends FormLayout {

    private final TextField title = new TextField(getTranslation("coupon.title"));
    private final TextArea description = new TextArea(getTranslation("coupon.description"));
    private final Select<DiscountType> type = new Select<>();
    private final IntegerField won = won("coupon.discountWon");
    private final IntegerField percent = new IntegerField(getTranslation("coupon.percent"));
    private final IntegerField cap = won("coupon.cap");
    private final TextField freeItem = new TextField(getTranslation("coupon.freeItem"));
    private final IntegerField minimum = won("coupon.minimumPurchase");
    private final DateTimePicker from = new DateTimePicker(getTranslation("coupon.validFrom"));
    private final DateTimePicker to = new DateTimePicker(getTranslation("coupon.validTo"));
    private final IntegerField quantity = new IntegerField(getTranslation("coupon.quantity"));
    private final IntegerField perCustomer = new IntegerField(getTranslation("coupon.perCustomer"));
    private final Select<Audience> audience = new Select<>();
    private final TextField tag = new TextField(getTranslation("coupon.audienceTag"));
    private final Checkbox coopWide = new Checkbox(getTranslation("coupon.coopWide"));

    CouponEditor() {
        title.setId("coupon-title-field");
        title.setMaxLength(200);
        type.setLabel(getTranslation("coupon.discountType"));
        type.setItems(DiscountType.values());
        type.setItemLabelGenerator(t -> getTranslation("discountType." + t.name()));
        type.setId("coupon-type");
        type.addValueChangeListener(e -> showDiscountFields());
        won.setId("coupon-won");
        minimum.setId("coupon-minimum");
        audience.setLabel(getTranslation("coupon.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("audience." + a.name()));
        audience.addValueChangeListener(e -> tag.setVisible(e.getValue() == Audience.TAG));
        LocalDateTime now = LocalDateTime.now(MarketTime.ZONE).withSecond(0).withNano(0);
        from.setValue(now);
        to.setValue(now.plusDays(7));
        quantity.setValue(100);
        perCustomer.setValue(1);
        type.setValue(DiscountType.FIXED);
        audience.setValue(Audience.REGULARS);
        add(
                title,
                description,
                type,
                won,
                percent,
                cap,
                freeItem,
                minimum,
                from,
                to,
                quantity,
                perCustomer,
                audience,
                tag,
                coopWide);
    }

    void setValue(CouponDetails c) {
        title.setValue(c.title());
        description.setValue(c.description());
        type.setValue(c.discount().type());
        won.setValue(c.discount().won() == null ? null : c.discount().won().intValue());
        percent.setValue(c.discount().percent());
        cap.setValue(c.discount().capWon() == null ? null : c.discount().capWon().intValue());
        freeItem.setValue(c.discount().freeItem() == null ? "" : c.discount().freeItem());
        minimum.setValue((int) c.discount().minimumPurchaseWon());
        from.setValue(LocalDateTime.ofInstant(c.validFrom(), MarketTime.ZONE));
        to.setValue(LocalDateTime.ofInstant(c.validTo(), MarketTime.ZONE));
        quantity.setValue(c.totalQuantity());
        perCustomer.setValue(c.perCustomerLimit());
        audience.setValue(c.audience());
        tag.setValue(c.audienceTag() == null ? "" : c.audienceTag());
        coopWide.setValue(c.coopWide());
    }

    CouponForm value(long coopId) {
        return new CouponForm(
                coopId,
                title.getValue(),
                description.getValue(),
                type.getValue(),
                longOf(won),
                percent.getValue(),
                longOf(cap),
                freeItem.getValue(),
                minimum.getValue() == null ? 0 : minimum.getValue(),
                MarketTimeFields.instant(from),
                MarketTimeFields.instant(to),
                quantity.getValue() == null ? 0 : quantity.getValue(),
                perCustomer.getValue() == null ? 0 : perCustomer.getValue(),
                audience.getValue(),
                tag.getValue(),
                coopWide.getValue());
    }

    /** The same values as a revise task's submission. */
    Map<String, Object> asSubmission() {
        CouponForm f = value(0);
        Map<String, Object> values = new HashMap<>();
        values.put("title", f.title());
        values.put("description", f.description());
        values.put("discountType", f.discountType() == null ? null : f.discountType().name());
        values.put("discountWon", f.discountWon());
        values.put("discountPercent", f.discountPercent());
        values.put("discountCapWon", f.discountCapWon());
        values.put("freeItem", f.freeItem());
        values.put("minimumPurchaseWon", f.minimumPurchaseWon());
        values.put("validFrom", f.validFrom() == null ? null : f.validFrom().toString());
        values.put("validTo", f.validTo() == null ? null : f.validTo().toString());
        values.put("totalQuantity", f.totalQuantity());
        values.put("perCustomerLimit", f.perCustomerLimit());
        values.put("audience", f.audience() == null ? null : f.audience().name());
        values.put("audienceTag", f.audienceTag());
        values.put("coopWide", f.coopWide());
        return values;
    }

    private void showDiscountFields() {
        DiscountType t = type.getValue();
        won.setVisible(t == DiscountType.FIXED);
        percent.setVisible(t == DiscountType.PERCENT);
        cap.setVisible(t == DiscountType.PERCENT);
        freeItem.setVisible(t == DiscountType.FREE_ITEM);
    }

    private IntegerField won(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("원"));
        return field;
    }

    private static Long longOf(IntegerField field) {
        return field.getValue() == null ? null : field.getValue().longValue();
    }
}
