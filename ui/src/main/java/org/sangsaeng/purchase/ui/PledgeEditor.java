package org.sangsaeng.purchase.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.purchase.PledgeForm;
import org.sangsaeng.purchase.PurchaseView;

/** Quantities and tolerances per line, with how full each line's packs are right now. */
class PledgeEditor extends Grid<PurchaseView.LineView> {

    private final Map<Long, IntegerField> quantities = new HashMap<>();
    private final Map<Long, IntegerField> tolerances = new HashMap<>();

    PledgeEditor(List<PurchaseView.LineView> lines) {
        setId("pledge-editor");
        // Long item names and fill texts wrap instead of being cut, so the grid reads on a phone.
        addThemeName("wrap-cell-content");
        addColumn(
                        l ->
                                l.item()
                                        + " ("
                                        + String.format("%,d원", l.unitPrice())
                                        + "/"
                                        + l.unit()
                                        + ")")
                .setHeader(getTranslation("purchase.item"))
                .setFlexGrow(2);
        addColumn(
                        l ->
                                getTranslation(
                                        "purchase.fill",
                                        l.fullPacks(),
                                        l.unitsTowardsNextPack(),
                                        l.packSize(),
                                        l.unitsMissing()))
                .setHeader(getTranslation("purchase.liveFill"))
                .setFlexGrow(2);
        addComponentColumn(l -> field(quantities, l, l.myQuantity(), "quantity"))
                .setHeader(getTranslation("purchase.quantity"));
        addComponentColumn(l -> field(tolerances, l, l.myTolerance(), "tolerance"))
                .setHeader(getTranslation("purchase.tolerance"));
        setItems(lines);
        setAllRowsVisible(true);
    }

    PledgeForm value() {
        return new PledgeForm(
                quantities.keySet().stream()
                        .map(
                                id ->
                                        new PledgeForm.LinePledge(
                                                id,
                                                number(quantities.get(id)),
                                                number(tolerances.get(id))))
                        .toList());
    }

    List<Map<String, Object>> asFormData() {
        return value().lines().stream()
                .map(
                        l ->
                                Map.<String, Object>of(
                                        "lineId",
                                        l.lineId(),
                                        "quantity",
                                        l.quantity(),
                                        "tolerance",
                                        l.tolerance()))
                .toList();
    }

    private static IntegerField field(
            Map<Long, IntegerField> fields, PurchaseView.LineView line, long value, String kind) {
        IntegerField field = fields.computeIfAbsent(line.id(), id -> new IntegerField());
        field.setValue((int) value);
        field.setMin(0);
        field.setStepButtonsVisible(true);
        field.setWidth("7em");
        field.setId(kind + "-" + line.id());
        return field;
    }

    private static long number(IntegerField field) {
        return field == null || field.getValue() == null ? -1 : field.getValue();
    }
}
