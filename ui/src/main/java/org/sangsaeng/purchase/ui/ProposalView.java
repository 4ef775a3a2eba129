package org.sangsaeng.purchase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.sangsaeng.catalogue.CatalogueItem;
import org.sangsaeng.catalogue.CatalogueService;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.purchase.ProposalForm;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.PurchaseDetails;
import org.sangsaeng.purchase.SplitBasis;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.MarketTimeFields;

/**
 * A leader's "New group purchase": lines picked from the supplier's catalogue (price of the day
 * filled in) or typed, shared costs, deadlines and how the vote is decided.
 */
@Route("purchases/new")
@PermitAll
public class ProposalView extends VerticalLayout implements HasDynamicTitle {

    private final VerticalLayout lines = new VerticalLayout();
    private final List<LineRow> rows = new ArrayList<>();
    private int nextRow;

    public ProposalView(
            ProposalService proposals,
            CoopService coops,
            CatalogueService catalogue,
            CurrentUsers currentUsers,
            Feedback feedback) {
        List<Long> led =
                currentUsers.require().memberships().stream()
                        .filter(CoopMembership::leader)
                        .map(CoopMembership::coopId)
                        .toList();
        Select<CoopSummary> coop = new Select<>();
        coop.setLabel(getTranslation("membership.coop"));
        coop.setItems(coops.listCoops().stream().filter(c -> led.contains(c.id())).toList());
        coop.setItemLabelGenerator(CoopSummary::name);
        if (led.size() == 1) {
            coop.setValue(coops.get(led.getFirst()));
        }
        Select<Long> supplier = new Select<>();
        supplier.setLabel(getTranslation("purchase.supplier"));
        supplier.setId("purchase-supplier");
        coop.setId("purchase-coop");
        supplier.setItems(coops.supplierIds());
        supplier.setItemLabelGenerator(coops::supplierName);
        TextField title = new TextField(getTranslation("purchase.title"));
        title.setMaxLength(200);
        title.setId("purchase-title");
        TextArea reason = new TextArea(getTranslation("purchase.reason"));
        reason.setMaxLength(2000);

        lines.setPadding(false);
        addLine();
        Button addLine = new Button(getTranslation("purchase.addLine"), e -> addLine());

        Select<CatalogueItem> fromCatalogue = new Select<>();
        fromCatalogue.setId("catalogue-item");
        fromCatalogue.setLabel(getTranslation("catalogue.pick"));
        fromCatalogue.setItemLabelGenerator(
                i ->
                        getTranslation(
                                "catalogue.pickLabel",
                                i.name(),
                                String.format("%,d원", i.unitPrice()),
                                i.unit(),
                                i.packSize()));
        fromCatalogue.setEmptySelectionAllowed(false);
        fromCatalogue.setEnabled(false);
        Button addFromCatalogue =
                new Button(
                        getTranslation("catalogue.addLine"),
                        e -> {
                            if (fromCatalogue.getValue() != null) {
                                addCatalogueLine(fromCatalogue.getValue());
                            }
                        });
        addFromCatalogue.setId("add-catalogue-line");
        addFromCatalogue.setEnabled(false);
        supplier.addValueChangeListener(
                e -> {
                    // Lines picked from the previous supplier's catalogue cannot be ordered from
                    // this one.
                    new ArrayList<>(rows)
                            .stream()
                                    .filter(r -> r.catalogueItemId != null)
                                    .forEach(this::removeLine);
                    List<CatalogueItem> offered =
                            e.getValue() == null ? List.of() : catalogue.offeredBy(e.getValue());
                    fromCatalogue.setItems(offered);
                    fromCatalogue.setEnabled(!offered.isEmpty());
                    addFromCatalogue.setEnabled(!offered.isEmpty());
                    fromCatalogue.setHelperText(
                            e.getValue() != null && offered.isEmpty()
                                    ? getTranslation("catalogue.emptyForProposal")
                                    : null);
                });
        HorizontalLayout catalogueRow = new HorizontalLayout(fromCatalogue, addFromCatalogue);
        catalogueRow.setWrap(true);
        catalogueRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        fromCatalogue.setMinWidth("16em");

        IntegerField shipping = won(getTranslation("purchase.shipping"));
        IntegerField fee = won(getTranslation("purchase.coopFee"));
        IntegerField minimum = won(getTranslation("purchase.supplierMinimum"));
        Select<SplitBasis> basis = new Select<>();
        basis.setLabel(getTranslation("purchase.splitBasis"));
        basis.setItems(SplitBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation("splitBasis." + b.name()));
        basis.setValue(SplitBasis.BY_VALUE);
        DateTimePicker voteDeadline =
                MarketTimeFields.daysAhead(getTranslation("purchase.voteDeadline"), 2);
        DateTimePicker orderDeadline =
                MarketTimeFields.daysAhead(getTranslation("purchase.orderDeadline"), 5);
        voteDeadline.setId("purchase-vote-deadline");
        orderDeadline.setId("purchase-order-deadline");

        Button propose =
                new Button(
                        getTranslation("purchase.propose"),
                        e -> {
                            if (coop.getValue() == null || supplier.getValue() == null) {
                                feedback.error(getTranslation("purchase.chooseCoopAndSupplier"));
                                return;
                            }
                            if (!MarketTimeFields.picked(feedback, voteDeadline, orderDeadline)) {
                                return;
                            }
                            List<ProposalForm.LineForm> lineForms =
                                    rows.stream().map(LineRow::form).toList();
                            PurchaseDetails created =
                                    feedback.attempt(
                                            () ->
                                                    proposals.propose(
                                                            new ProposalForm(
                                                                    coop.getValue().id(),
                                                                    supplier.getValue(),
                                                                    title.getValue(),
                                                                    reason.getValue(),
                                                                    lineForms,
                                                                    value(shipping),
                                                                    value(fee),
                                                                    basis.getValue(),
                                                                    MarketTimeFields.instant(
                                                                            voteDeadline),
                                                                    MarketTimeFields.instant(
                                                                            orderDeadline),
                                                                    value(minimum))));
                            if (created != null) {
                                feedback.success(getTranslation("purchase.proposed"));
                                PurchasePage.open(created.id());
                            }
                        });
        propose.addThemeName("primary");
        propose.setId("propose-purchase");

        add(
                new H2(getTranslation("purchase.new")),
                new FormLayout(coop, supplier, title, reason),
                new H3(getTranslation("purchase.lines")),
                catalogueRow,
                lines,
                addLine,
                new H3(getTranslation("purchase.costsAndRules")),
                new FormLayout(shipping, fee, minimum, basis, voteDeadline, orderDeadline),
                new Paragraph(getTranslation("purchase.rulesHint")),
                propose);
    }

    private void addLine() {
        LineRow row = new LineRow(nextRow++);
        rows.add(row);
        lines.add(row.layout);
    }

    /**
     * A line copied from the catalogue: shown as it will be pinned, only the maximum per member is
     * the leader's.
     */
    private void addCatalogueLine(CatalogueItem item) {
        new ArrayList<>(rows).stream().filter(LineRow::isBlank).forEach(this::removeLine);
        LineRow row = new LineRow(nextRow++);
        row.catalogueItemId = item.id();
        row.item.setValue(item.name());
        row.unit.setValue(item.unit());
        row.price.setValue(Math.toIntExact(item.unitPrice()));
        row.packSize.setValue(Math.toIntExact(item.packSize()));
        for (var field : List.of(row.item, row.unit)) {
            field.setReadOnly(true);
        }
        row.price.setReadOnly(true);
        row.packSize.setReadOnly(true);
        Button remove = new Button(getTranslation("catalogue.removeLine"), e -> removeLine(row));
        row.layout.add(remove);
        row.layout.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        rows.add(row);
        lines.add(row.layout);
    }

    private void removeLine(LineRow row) {
        rows.remove(row);
        lines.remove(row.layout);
    }

    private IntegerField won(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setValue(0);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("원"));
        return field;
    }

    private static long value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    /** One catalogue line of the form. */
    private final class LineRow {
        final TextField item = new TextField(getTranslation("purchase.item"));
        final TextField unit = new TextField(getTranslation("purchase.unit"));
        final IntegerField price = won(getTranslation("purchase.unitPrice"));
        final IntegerField packSize = new IntegerField(getTranslation("purchase.packSize"));
        final IntegerField max = new IntegerField(getTranslation("purchase.maxPerMember"));
        final HorizontalLayout layout = new HorizontalLayout(item, unit, price, packSize, max);

        LineRow(int index) {
            layout.setWrap(true);
            item.setId("line-item-" + index);
            unit.setId("line-unit-" + index);
            price.setId("line-price-" + index);
            packSize.setId("line-pack-" + index);
            packSize.setValue(1);
            packSize.setMin(1);
            item.addClassName("line-item");
        }

        Long catalogueItemId;

        boolean isBlank() {
            return catalogueItemId == null
                    && item.isEmpty()
                    && unit.isEmpty()
                    && (price.getValue() == null || price.getValue() == 0);
        }

        ProposalForm.LineForm form() {
            if (catalogueItemId != null) {
                return ProposalForm.LineForm.fromCatalogue(
                        catalogueItemId,
                        max.getValue() == null ? null : max.getValue().longValue());
            }
            return new ProposalForm.LineForm(
                    item.getValue(),
                    unit.getValue(),
                    value(price),
                    packSize.getValue() == null ? 0 : packSize.getValue(),
                    max.getValue() == null ? null : max.getValue().longValue());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchase.new") + " · " + getTranslation("app.name");
    }
}
