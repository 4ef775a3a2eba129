package org.sangsaeng.coop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.sangsaeng.shared.ResultPage;
import org.sangsaeng.ui.Feedback;

/**
 * A list kept by the foundation: a search field, a "new" button and a grid that the service
 * searches and pages on the server; a row opens the edit dialog. Refusals are shown as the service
 * words them; the dialog stays open so that the mistake can be fixed.
 */
abstract class AdminListView<T> extends VerticalLayout implements HasDynamicTitle {

    protected final Feedback feedback;
    protected final Grid<T> grid = new Grid<>();
    protected final TextField search = new TextField();
    private final String titleKey;

    AdminListView(Feedback feedback, String titleKey, String idPrefix) {
        this.feedback = feedback;
        this.titleKey = titleKey;
        setSizeFull();
        search.setPlaceholder(getTranslation("admin.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId(idPrefix + "-search");
        Button create =
                new Button(getTranslation("admin.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId(idPrefix + "-new");
        HorizontalLayout bar = new HorizontalLayout(search, create);
        bar.setWidthFull();
        bar.expand(search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassName("admin-bar");
        grid.setId(idPrefix + "-grid");
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("admin.none"));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(new H2(getTranslation(titleKey)), bar);
    }

    /**
     * Adds the filters between the bar and the grid, and the grid; call at the end of the
     * constructor.
     */
    protected void finish(Component... filters) {
        add(filters);
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** One page of what the search field (and any filter) asks for. */
    protected abstract ResultPage<T> page(String q, int page, int size);

    /** The edit dialog's fields, filled from {@code item} (null: a new one). */
    protected abstract void open(T item);

    protected void refresh() {
        String q = search.getValue();
        // Undefined size: the grid asks for pages as it scrolls and stops at a short page.
        grid.setItems(
                query -> {
                    ResultPage<T> found =
                            feedback.attempt(() -> page(q, query.getPage(), query.getPageSize()));
                    return found == null ? Stream.empty() : found.items().stream();
                });
    }

    /**
     * The edit dialog: the form and a save button that runs {@code save}; closed and the list
     * refreshed when the service takes it, left open with the refusal shown when not.
     */
    protected Dialog dialog(
            String title, String idPrefix, FormLayout form, Supplier<?> save, Component... extra) {
        Dialog dialog = new Dialog(title);
        dialog.setId(idPrefix + "-dialog");
        dialog.setWidth("min(36rem, 96vw)");
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        dialog.add(form);
        dialog.add(extra);
        Button saveButton =
                new Button(
                        getTranslation("admin.save"),
                        e -> {
                            if (feedback.succeeds(save::get, getTranslation("admin.saved"))) {
                                dialog.close();
                                refresh();
                            }
                        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.setId(idPrefix + "-save");
        dialog.getFooter()
                .add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), saveButton);
        dialog.open();
        return dialog;
    }

    protected TextField field(String labelKey, String id, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setWidthFull();
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
