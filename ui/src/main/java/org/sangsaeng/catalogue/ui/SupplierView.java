package org.sangsaeng.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.sangsaeng.catalogue.CatalogueItem;
import org.sangsaeng.catalogue.CatalogueItemForm;
import org.sangsaeng.catalogue.CatalogueService;
import org.sangsaeng.catalogue.ItemChange;
import org.sangsaeng.catalogue.PriceChange;
import org.sangsaeng.catalogue.PriceEntry;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.purchase.PurchaseDetails;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.ui.PurchasePage;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.ui.Feedback;

/**
 * The supplier's own page, laid out for a phone: its catalogue (add, change, new price, withdraw),
 * an item's price history, and the orders co-ops sent it with their stage and its answers.
 * Foundation officers and admins choose a supplier and keep its catalogue on its behalf.
 *
 * <p>Longer than our 300 lines because Vaadin lays a page out in code: the catalogue grid, its item
 * editor, the price history and the orders list, laid out for a phone; the rules are in the
 * catalogue and purchase services.
 */
@Route("supplier")
@RolesAllowed({"SUPPLIER", "FOUNDATION", "ADMIN"})
public class SupplierView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogueService catalogue;
    private final Feedback feedback;
    private Long supplierId;
    private final Grid<CatalogueItem> items = new Grid<>();
    private final VerticalLayout editor = new VerticalLayout();

    public SupplierView(
            CatalogueService catalogue,
            PurchaseService purchases,
            CoopService coops,
            CurrentUsers currentUsers,
            Feedback feedback) {
        this.catalogue = catalogue;
        this.feedback = feedback;
        CurrentUser me = currentUsers.require();
        this.supplierId = me.supplierId();
        setMaxWidth("60em");
        boolean onBehalf = supplierId == null && me.overseesAll();
        if (supplierId == null && !onBehalf) {
            add(
                    new H2(getTranslation("catalogue.title")),
                    new Paragraph(getTranslation("catalogue.noSupplier")));
            return;
        }
        if (onBehalf) {
            // Foundation officers and admins keep a catalogue on a supplier's behalf (each change
            // is recorded).
            Select<Long> supplier = new Select<>();
            supplier.setId("catalogue-supplier");
            supplier.setLabel(getTranslation("purchase.supplier"));
            supplier.setItems(coops.supplierIds());
            supplier.setItemLabelGenerator(coops::supplierName);
            supplier.addValueChangeListener(
                    e -> {
                        supplierId = e.getValue();
                        refresh(null);
                    });
            add(
                    new H2(getTranslation("catalogue.title")),
                    new Paragraph(getTranslation("catalogue.onBehalf")),
                    supplier);
        } else {
            add(new H2(getTranslation("catalogue.titleOf", coops.supplierName(supplierId))));
        }

        items.setId("catalogue-grid");
        items.addThemeNames("wrap-cell-content", "compact");
        items.addColumn(
                        i ->
                                i.name()
                                        + (i.withdrawn()
                                                ? " · " + getTranslation("catalogue.withdrawn")
                                                : ""))
                .setHeader(getTranslation("purchase.item"))
                .setFlexGrow(2);
        items.addColumn(this::priceText)
                .setHeader(getTranslation("purchase.unitPrice"))
                .setFlexGrow(2);
        items.setAllRowsVisible(true);
        items.setEmptyStateText(getTranslation("catalogue.empty"));
        items.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        editor.setPadding(false);
        editor.setId("item-editor");

        add(new Paragraph(getTranslation("catalogue.hint")), items, editor, newItemForm());
        refresh(null);
        if (onBehalf) {
            return;
        }
        List<PurchaseDetails> orders = purchases.forMySupplier();
        Grid<PurchaseDetails> orderGrid = new Grid<>();
        orderGrid.setId("orders-grid");
        orderGrid.addThemeNames("wrap-cell-content", "compact");
        orderGrid
                .addColumn(PurchaseDetails::title)
                .setHeader(getTranslation("purchase.title"))
                .setFlexGrow(2);
        orderGrid
                .addColumn(
                        p ->
                                getTranslation("stage." + p.stage().name())
                                        + (p.supplierAnswer() == null
                                                ? ""
                                                : " · "
                                                        + getTranslation(
                                                                "supplierAnswer."
                                                                        + p.supplierAnswer())))
                .setHeader(getTranslation("purchase.stage"))
                .setFlexGrow(2);
        orderGrid.setItems(orders);
        orderGrid.setAllRowsVisible(true);
        orderGrid.setEmptyStateText(getTranslation("catalogue.noOrders"));
        orderGrid.addItemClickListener(e -> PurchasePage.open(e.getItem().id()));

        add(new H3(getTranslation("catalogue.orders")), orderGrid);
    }

    private FormLayout newItemForm() {
        TextField name = new TextField(getTranslation("purchase.item"));
        name.setId("new-item-name");
        name.setMaxLength(200);
        TextField unit = new TextField(getTranslation("purchase.unit"));
        unit.setId("new-item-unit");
        unit.setMaxLength(50);
        unit.setPlaceholder("kg, 판, 박스");
        IntegerField pack = new IntegerField(getTranslation("purchase.packSize"));
        pack.setId("new-item-pack");
        pack.setMin(1);
        pack.setValue(1);
        IntegerField price = won(getTranslation("purchase.unitPrice"));
        price.setId("new-item-price");
        DatePicker validFrom = new DatePicker(getTranslation("catalogue.validFrom"), today());
        validFrom.setId("new-item-valid-from");
        Button add =
                new Button(
                        getTranslation("catalogue.add"),
                        e -> {
                            if (supplierId == null) {
                                feedback.error(getTranslation("catalogue.chooseSupplier"));
                                return;
                            }
                            CatalogueItem added =
                                    feedback.attempt(
                                            () ->
                                                    catalogue.add(
                                                            supplierId,
                                                            new CatalogueItemForm(
                                                                    name.getValue(),
                                                                    unit.getValue(),
                                                                    value(pack),
                                                                    value(price),
                                                                    validFrom.getValue())));
                            if (added != null) {
                                feedback.success(getTranslation("catalogue.added", added.name()));
                                name.clear();
                                unit.clear();
                                price.clear();
                                refresh(null);
                            }
                        });
        add.addThemeName("primary");
        add.setId("add-item");
        FormLayout form =
                new FormLayout(
                        new H3(getTranslation("catalogue.new")),
                        name,
                        unit,
                        pack,
                        price,
                        validFrom,
                        add);
        form.setColspan(form.getChildren().findFirst().orElseThrow(), 2);
        return form;
    }

    /** The chosen item: its description, a new price, withdrawal, and every price it had. */
    private void edit(CatalogueItem item) {
        editor.removeAll();
        if (item == null) {
            return;
        }
        List<PriceEntry> history = feedback.attempt(() -> catalogue.prices(supplierId, item.id()));
        Grid<PriceEntry> prices = new Grid<>();
        prices.setId("price-history");
        prices.addThemeNames("compact");
        prices.addColumn(p -> p.validFrom().toString())
                .setHeader(getTranslation("catalogue.validFrom"));
        prices.addColumn(p -> String.format("%,d원", p.unitPrice()))
                .setHeader(getTranslation("purchase.unitPrice"));
        prices.setItems(history == null ? List.of() : history.reversed());
        prices.setAllRowsVisible(true);
        editor.add(new H3(item.name()));
        if (!item.withdrawn()) {
            TextField name = new TextField(getTranslation("purchase.item"), item.name(), "");
            name.setId("edit-item-name");
            TextField unit = new TextField(getTranslation("purchase.unit"), item.unit(), "");
            unit.setId("edit-item-unit");
            IntegerField pack = new IntegerField(getTranslation("purchase.packSize"));
            pack.setValue(Math.toIntExact(item.packSize()));
            pack.setId("edit-item-pack");
            Button save =
                    new Button(
                            getTranslation("catalogue.save"),
                            e ->
                                    changed(
                                            () ->
                                                    catalogue.change(
                                                            supplierId,
                                                            item.id(),
                                                            new ItemChange(
                                                                    name.getValue(),
                                                                    unit.getValue(),
                                                                    value(pack))),
                                            "catalogue.saved"));
            save.setId("save-item");
            IntegerField price = won(getTranslation("catalogue.newPrice"));
            price.setId("new-price");
            DatePicker validFrom = new DatePicker(getTranslation("catalogue.validFrom"), today());
            validFrom.setId("new-price-valid-from");
            Button changePrice =
                    new Button(
                            getTranslation("catalogue.changePrice"),
                            e ->
                                    changed(
                                            () ->
                                                    catalogue.changePrice(
                                                            supplierId,
                                                            item.id(),
                                                            new PriceChange(
                                                                    value(price),
                                                                    validFrom.getValue())),
                                            "catalogue.priceChanged"));
            changePrice.addThemeName("primary");
            changePrice.setId("change-price");
            Button withdraw =
                    new Button(
                            getTranslation("catalogue.withdraw"),
                            e ->
                                    changed(
                                            () -> catalogue.withdraw(supplierId, item.id()),
                                            "catalogue.withdrawnDone"));
            withdraw.addThemeName("error");
            withdraw.setId("withdraw-item");
            editor.add(
                    new FormLayout(name, unit, pack, save),
                    new FormLayout(price, validFrom, changePrice),
                    withdraw);
        }
        editor.add(new H3(getTranslation("catalogue.history")), prices);
    }

    /**
     * Runs a change through {@link Feedback}: a refusal is shown, a success re-reads the catalogue.
     */
    private void changed(Supplier<CatalogueItem> change, String doneKey) {
        CatalogueItem item = feedback.attempt(change);
        if (item != null) {
            feedback.success(getTranslation(doneKey, item.name()));
            refresh(item.id());
        }
    }

    private void refresh(Long selected) {
        List<CatalogueItem> all = supplierId == null ? List.of() : catalogue.of(supplierId);
        items.setItems(all);
        all.stream()
                .filter(i -> selected != null && i.id() == selected)
                .findFirst()
                .ifPresentOrElse(items::select, () -> editor.removeAll());
    }

    private String priceText(CatalogueItem i) {
        String now =
                i.unitPrice() == null
                        ? "-"
                        : getTranslation(
                                "catalogue.priceText",
                                String.format("%,d원", i.unitPrice()),
                                i.unit(),
                                i.packSize());
        return i.nextUnitPrice() == null
                ? now
                : now
                        + " · "
                        + getTranslation(
                                "catalogue.nextPrice",
                                String.format("%,d원", i.nextUnitPrice()),
                                i.nextValidFrom().toString());
    }

    private static LocalDate today() {
        return LocalDate.now(MarketTime.ZONE);
    }

    private IntegerField won(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(1);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("원"));
        return field;
    }

    private static long value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title") + " · " + getTranslation("app.name");
    }
}
