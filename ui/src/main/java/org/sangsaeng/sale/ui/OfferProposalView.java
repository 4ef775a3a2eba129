package org.sangsaeng.sale.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.OfferDetails;
import org.sangsaeng.sale.OfferForm;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.ui.CoopSelect;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.MarketTimeFields;

/**
 * A member proposes a joint offer: each shop's part and price, the set's price, the order window
 * and the pickup.
 */
@Route("sales/new")
@PermitAll
public class OfferProposalView extends VerticalLayout implements HasDynamicTitle {

    private final JointOfferService offers;
    private final Feedback feedback;
    private final VerticalLayout parts = new VerticalLayout();
    private final List<PartRow> rows = new ArrayList<>();
    private final CoopSelect coop;

    /** One shop's part as typed. */
    private record PartRow(
            Select<JointOfferService.ShopChoice> shop,
            TextField item,
            IntegerField quantity,
            TextField unit,
            IntegerField price) {}

    public OfferProposalView(
            JointOfferService offers,
            CoopService coops,
            CurrentUsers currentUsers,
            Feedback feedback) {
        this.offers = offers;
        this.feedback = feedback;
        setMaxWidth("40em");
        coop = new CoopSelect(coops, currentUsers.require());
        TextField title = field(new TextField(getTranslation("sale.title")), "sale-title");
        TextArea description =
                field(new TextArea(getTranslation("sale.description")), "sale-description");
        IntegerField price =
                field(new IntegerField(getTranslation("sale.salePrice")), "sale-sale-price");
        IntegerField sets = field(new IntegerField(getTranslation("sale.sets")), "sale-sets");
        IntegerField minimum =
                field(new IntegerField(getTranslation("sale.minimumSets")), "sale-minimum");
        minimum.setValue(0);
        LocalDateTime inAWeek =
                LocalDateTime.now(MarketTime.ZONE)
                        .plusDays(7)
                        .withHour(18)
                        .withMinute(0)
                        .withSecond(0)
                        .withNano(0);
        DateTimePicker deadline =
                field(
                        new DateTimePicker(getTranslation("sale.orderDeadline"), inAWeek),
                        "sale-deadline");
        TextField place = field(new TextField(getTranslation("sale.place")), "sale-place");
        DateTimePicker from =
                field(
                        new DateTimePicker(
                                getTranslation("sale.pickupFrom"),
                                inAWeek.plusDays(1).withHour(10)),
                        "sale-from");
        DateTimePicker to =
                field(
                        new DateTimePicker(
                                getTranslation("sale.pickupTo"), inAWeek.plusDays(1).withHour(18)),
                        "sale-to");
        TextField account =
                field(
                        new TextField(getTranslation("sale.transferAccount")),
                        "sale-transfer-account");
        account.setHelperText(getTranslation("sale.transferAccount.help"));
        Checkbox belowCost = new Checkbox(getTranslation("sale.belowCostConfirmed"));
        belowCost.setId("sale-below-cost");
        Button addPart = new Button(getTranslation("sale.addPart"), e -> addPart());
        addPart.setId("sale-add-part");
        coop.addValueChangeListener(
                e -> {
                    parts.removeAll();
                    rows.clear();
                    addPart();
                });
        addPart();
        Button propose =
                new Button(
                        getTranslation("sale.propose"),
                        e -> {
                            if (!MarketTimeFields.picked(feedback, deadline, from, to)) {
                                return;
                            }
                            OfferForm form =
                                    new OfferForm(
                                            coop.getValue() == null ? -1 : coop.getValue().id(),
                                            title.getValue(),
                                            description.getValue(),
                                            number(price),
                                            (int) number(sets),
                                            (int) number(minimum),
                                            MarketTimeFields.instant(deadline),
                                            belowCost.getValue(),
                                            rows.stream()
                                                    .map(
                                                            r ->
                                                                    new OfferForm.PartForm(
                                                                            r.shop().getValue()
                                                                                            == null
                                                                                    ? null
                                                                                    : r.shop()
                                                                                            .getValue()
                                                                                            .username(),
                                                                            r.item().getValue(),
                                                                            (int)
                                                                                    number(
                                                                                            r
                                                                                                    .quantity()),
                                                                            r.unit().getValue(),
                                                                            number(r.price())))
                                                    .toList(),
                                            List.of(
                                                    new OfferForm.SlotForm(
                                                            place.getValue(),
                                                            MarketTimeFields.instant(from),
                                                            MarketTimeFields.instant(to))),
                                            account.getValue());
                            OfferDetails made = feedback.attempt(() -> offers.propose(form));
                            if (made != null) {
                                SalePage.open(made.id());
                            }
                        });
        propose.addThemeName("primary");
        propose.setId("sale-propose");
        parts.setPadding(false);
        add(
                new H2(getTranslation("sale.new")),
                coop,
                title,
                description,
                new H3(getTranslation("sale.parts")),
                parts,
                addPart,
                price,
                belowCost,
                sets,
                minimum,
                deadline,
                new H3(getTranslation("sale.pickup")),
                place,
                from,
                to,
                account,
                propose);
    }

    private void addPart() {
        Select<JointOfferService.ShopChoice> shop = new Select<>();
        shop.setLabel(getTranslation("sale.shop"));
        if (coop.getValue() != null) {
            List<JointOfferService.ShopChoice> shops =
                    feedback.attempt(() -> offers.shops(coop.getValue().id()));
            shop.setItems(shops == null ? List.of() : shops);
        }
        shop.setItemLabelGenerator(s -> s.shopName() + " (" + s.username() + ")");
        int n = rows.size();
        PartRow row =
                new PartRow(
                        shop,
                        field(new TextField(getTranslation("sale.item")), "sale-item-" + n),
                        field(
                                new IntegerField(getTranslation("sale.quantityPerSet")),
                                "sale-quantity-" + n),
                        field(new TextField(getTranslation("sale.unit")), "sale-unit-" + n),
                        field(
                                new IntegerField(getTranslation("sale.partPrice")),
                                "sale-part-price-" + n));
        shop.setId("sale-shop-" + n);
        row.quantity().setValue(1);
        rows.add(row);
        parts.add(shop, row.item(), row.quantity(), row.unit(), row.price());
    }

    private static <T extends Component & HasSize> T field(T field, String id) {
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private static long number(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sale.new") + " · " + getTranslation("app.name");
    }
}
