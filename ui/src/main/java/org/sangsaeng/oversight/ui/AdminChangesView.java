package org.sangsaeng.oversight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import org.sangsaeng.oversight.AdminChangeLog;
import org.sangsaeng.shared.AdministrativeChange.Subject;
import org.sangsaeng.ui.Feedback;

/**
 * The change log of administration, for the foundation: who created or changed which market, co-op,
 * supplier, catalogue line or account, when, and each changed field before and after. One card per
 * change so that it reads on a phone; filtered and paged on the server.
 */
@Route("admin/changes")
@RolesAllowed({"FOUNDATION", "ADMIN"})
public class AdminChangesView extends VerticalLayout implements HasDynamicTitle {

    private final AdminChangeLog changes;
    private final Feedback feedback;
    private final Select<Subject> subject = new Select<>();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AdminChangeLog.Entry> grid = new Grid<>();
    private final Span total = new Span();

    public AdminChangesView(AdminChangeLog changes, Feedback feedback) {
        this.changes = changes;
        this.feedback = feedback;
        setSizeFull();
        add(new H2(getTranslation("nav.adminChanges")));
        subject.setLabel(getTranslation("changes.subject"));
        subject.setItems(Arrays.asList(Subject.values()));
        subject.setItemLabelGenerator(
                s ->
                        s == null
                                ? getTranslation("tasks.filter.all")
                                : getTranslation("changes.subject." + s.name()));
        subject.setEmptySelectionAllowed(true);
        subject.setEmptySelectionCaption(getTranslation("tasks.filter.all"));
        subject.setId("changes-subject");
        actor.setLabel(getTranslation("changes.actor"));
        actor.setMaxLength(64);
        actor.setId("changes-actor");
        from.setLabel(getTranslation("explorer.from"));
        to.setLabel(getTranslation("explorer.to"));
        Button search = new Button(getTranslation("explorer.search"), e -> refresh());
        search.setId("changes-search");
        grid.addComponentColumn(this::card);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("changes-grid");
        grid.setSizeFull();
        HorizontalLayout actions = new HorizontalLayout(search, total);
        actions.setAlignItems(Alignment.BASELINE);
        add(new FormLayout(subject, actor, from, to), actions, grid);
        refresh();
    }

    private Div card(AdminChangeLog.Entry e) {
        Div card = new Div();
        card.addClassName("admin-change");
        Div head = new Div(new Span(Feedback.dateTime(e.at(), getLocale()) + " · " + e.actor()));
        Div what =
                new Div(
                        new Span(
                                getTranslation("changes.subject." + e.subject().name())
                                        + " #"
                                        + e.subjectId()
                                        + " · "
                                        + getTranslation("changes.action." + e.action().name())));
        what.getStyle().set("font-weight", "600");
        card.add(head, what);
        for (String field : new TreeSet<>(union(e.before(), e.after()))) {
            String before = e.before().get(field);
            String after = e.after().get(field);
            card.add(
                    new Div(
                            new Span(
                                    field
                                            + ": "
                                            + (before == null ? "" : shown(before) + " → ")
                                            + (after == null ? "" : shown(after)))));
        }
        return card;
    }

    private String shown(String value) {
        return AdminChangeLog.PERSONAL.equals(value) ? getTranslation("changes.personal") : value;
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> fields = new java.util.HashSet<>(a.keySet());
        fields.addAll(b.keySet());
        return fields;
    }

    private void refresh() {
        if (from.getValue() != null
                && to.getValue() != null
                && to.getValue().isBefore(from.getValue())) {
            feedback.error(getTranslation("error.explorer.rangeReversed"));
            return;
        }
        AdminChangeLog.Query query =
                new AdminChangeLog.Query(
                        subject.getValue(), null, actor.getValue(), from.getValue(), to.getValue());
        Long count = feedback.attempt(() -> changes.count(query));
        if (count == null) {
            return;
        }
        total.setText(getTranslation("explorer.total", count));
        int rows = (int) Math.min(Integer.MAX_VALUE, count);
        grid.setItems(q -> changes.search(query, q.getOffset(), q.getLimit()).stream(), q -> rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.adminChanges");
    }
}
