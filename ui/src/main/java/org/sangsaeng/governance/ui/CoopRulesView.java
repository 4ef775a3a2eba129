package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RulesChange;
import org.sangsaeng.governance.RulesVersion;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.ui.CoopSelect;
import org.sangsaeng.ui.Feedback;

/**
 * A co-op's rules in force and every earlier version. Members change them through a proposal; the
 * foundation can change them here with a reason.
 */
@Route("rules")
@PermitAll
public class CoopRulesView extends VerticalLayout implements HasDynamicTitle {

    private final CoopRulesService rules;
    private final Feedback feedback;
    private final CoopSelect coop;
    private final Paragraph version = new Paragraph();
    private final RulesEditor editor = new RulesEditor("rules");
    private final Grid<RulesVersion> history = new Grid<>();
    private final boolean foundation;

    public CoopRulesView(
            CoopRulesService rules,
            CoopService coops,
            CurrentUsers currentUsers,
            Feedback feedback) {
        this.rules = rules;
        this.feedback = feedback;
        CurrentUser me = currentUsers.require();
        foundation = me.has(Role.FOUNDATION);
        coop = new CoopSelect(coops, me);
        coop.setId("rules-coop");
        version.setId("rules-version");
        editor.setEditable(foundation);

        history.setId("rules-history");
        history.addColumn(v -> getTranslation("rules.versionNo", v.version()))
                .setHeader(getTranslation("rules.version"));
        history.addColumn(v -> Feedback.dateTime(v.adoptedAt(), getLocale()))
                .setHeader(getTranslation("rules.adoptedAt"));
        history.addColumn(this::origin).setHeader(getTranslation("rules.origin")).setFlexGrow(2);
        history.addColumn(
                        v ->
                                getTranslation(
                                        "rules.summary",
                                        v.rules().quorumPercent(),
                                        getTranslation(
                                                "approvalRule." + v.rules().approvalRule().name()),
                                        v.rules().voteHours(),
                                        v.rules().supplierAnswerHours(),
                                        v.rules().paymentDueDays()))
                .setHeader(getTranslation("rules.values"))
                .setFlexGrow(3);
        history.setAllRowsVisible(true);

        add(
                new H2(getTranslation("nav.rules")),
                coop,
                version,
                new Paragraph(
                        getTranslation(foundation ? "rules.foundationHint" : "rules.memberHint")),
                editor);
        if (foundation) {
            TextField note = new TextField(getTranslation("rules.note"));
            note.setMaxLength(500);
            note.setWidthFull();
            note.setId("rules-note");
            Button save =
                    new Button(
                            getTranslation("rules.save"),
                            e -> {
                                if (coop.getValue() == null) {
                                    return;
                                }
                                RulesVersion saved =
                                        feedback.attempt(
                                                () ->
                                                        rules.change(
                                                                coop.getValue().id(),
                                                                new RulesChange(
                                                                        editor.value(),
                                                                        note.getValue())));
                                if (saved != null) {
                                    feedback.success(
                                            getTranslation("rules.saved", saved.version()));
                                    note.clear();
                                    refresh();
                                }
                            });
            save.addThemeName("primary");
            save.setId("rules-save");
            add(note, save);
        }
        add(new H3(getTranslation("rules.history")), history);
        coop.addValueChangeListener(e -> refresh());
        refresh();
    }

    private String origin(RulesVersion v) {
        if (v.proposalId() != null) {
            return getTranslation("rules.byProposal", v.proposalId());
        }
        if (v.adoptedBy() != null) {
            return getTranslation("rules.byFoundation", v.adoptedBy(), v.note());
        }
        return getTranslation("rules.defaults");
    }

    private void refresh() {
        if (coop.getValue() == null) {
            return;
        }
        RulesVersion current = feedback.attempt(() -> rules.current(coop.getValue().id()));
        if (current != null) {
            version.setText(getTranslation("rules.inForce", current.version()));
            editor.setValue(current.rules());
            history.setItems(rules.history(coop.getValue().id()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rules") + " · " + getTranslation("app.name");
    }
}
