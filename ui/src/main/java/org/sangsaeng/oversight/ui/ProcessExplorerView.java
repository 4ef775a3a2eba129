package org.sangsaeng.oversight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.oversight.AuditExport;
import org.sangsaeng.oversight.AuditTrailService;
import org.sangsaeng.oversight.ChainReport;
import org.sangsaeng.oversight.CheckpointFile;
import org.sangsaeng.oversight.InstanceQuery;
import org.sangsaeng.oversight.InstanceState;
import org.sangsaeng.oversight.InstanceSummary;
import org.sangsaeng.oversight.ProcessExplorer;
import org.sangsaeng.ui.Feedback;

/**
 * The process explorer: every process instance the audit trail knows, searched by process, co-op,
 * state, period, participant and business key (the foundation and admins: all co-ops; leaders:
 * their own). Opens an instance's page; exports the list; checks the hash chain.
 */
@Route("explorer")
@PermitAll
public class ProcessExplorerView extends VerticalLayout implements HasDynamicTitle {

    private final ProcessExplorer explorer;
    private final Feedback feedback;
    private final ComboBox<String> process = new ComboBox<>();
    private final Select<CoopSummary> coop = new Select<>();
    private final Select<InstanceState> state = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField participant = new TextField();
    private final TextField businessKey = new TextField();
    private final Grid<InstanceSummary> grid = new Grid<>();
    private final Span total = new Span();

    public ProcessExplorerView(
            ProcessExplorer explorer,
            AuditExport export,
            AuditTrailService audit,
            CurrentUsers users,
            Feedback feedback) {
        this.explorer = explorer;
        this.feedback = feedback;
        setSizeFull();
        List<CoopSummary> coops = feedback.attempt(explorer::coops);
        add(new H2(getTranslation("nav.explorer")));
        if (coops == null) {
            return;
        }
        process.setLabel(getTranslation("explorer.process"));
        process.setItems(explorer.processIds());
        process.setClearButtonVisible(true);
        process.setId("explorer-process");
        coop.setLabel(getTranslation("explorer.coop"));
        coop.setItems(coops);
        coop.setItemLabelGenerator(c -> c == null ? getTranslation("tasks.filter.all") : c.name());
        coop.setEmptySelectionAllowed(true);
        coop.setEmptySelectionCaption(getTranslation("tasks.filter.all"));
        coop.setId("explorer-coop");
        state.setLabel(getTranslation("explorer.state"));
        state.setItems(Arrays.asList(InstanceState.values()));
        state.setItemLabelGenerator(
                s ->
                        s == null
                                ? getTranslation("tasks.filter.all")
                                : getTranslation("explorer.state." + s.name()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("tasks.filter.all"));
        state.setId("explorer-state");
        from.setLabel(getTranslation("explorer.from"));
        from.setId("explorer-from");
        to.setLabel(getTranslation("explorer.to"));
        to.setId("explorer-to");
        participant.setLabel(getTranslation("explorer.participant"));
        participant.setMaxLength(64);
        participant.setId("explorer-participant");
        businessKey.setLabel(getTranslation("explorer.businessKey"));
        businessKey.setMaxLength(100);
        businessKey.setPlaceholder("group-purchase-12");
        businessKey.setId("explorer-business-key");
        Button search = new Button(getTranslation("explorer.search"), e -> refresh());
        search.setId("explorer-search");

        grid.addComponentColumn(
                        i ->
                                new RouterLink(
                                        Long.toString(i.key()),
                                        ProcessInstancePage.class,
                                        new RouteParameters("key", Long.toString(i.key()))))
                .setHeader(getTranslation("explorer.instance"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.processId() + " v" + i.version())
                .setHeader(getTranslation("explorer.process"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.coopName() == null ? "" : i.coopName())
                .setHeader(getTranslation("explorer.coop"));
        grid.addColumn(i -> i.businessKey() == null ? "" : i.businessKey())
                .setHeader(getTranslation("explorer.businessKey"));
        grid.addColumn(i -> getTranslation("explorer.state." + i.state().name()))
                .setHeader(getTranslation("explorer.state"));
        grid.addColumn(i -> Feedback.dateTime(i.startedAt(), getLocale()))
                .setHeader(getTranslation("explorer.started"));
        grid.addColumn(i -> i.endedAt() == null ? "" : Feedback.dateTime(i.endedAt(), getLocale()))
                .setHeader(getTranslation("explorer.ended"));
        grid.setId("explorer-grid");
        grid.setSizeFull();

        ExportLink exports =
                new ExportLink(
                        "explorer-export", feedback, format -> export.instances(query(), format));
        HorizontalLayout actions = new HorizontalLayout(search, exports, total);
        actions.setAlignItems(Alignment.BASELINE);
        Span chain = new Span();
        chain.setId("explorer-chain-result");
        Button verify =
                new Button(
                        getTranslation("explorer.verify"),
                        e -> {
                            ChainReport r = feedback.attempt(audit::verify);
                            if (r != null) {
                                chain.setText(
                                        r.intact()
                                                ? getTranslation(
                                                                "explorer.verify.intact",
                                                                r.rowsChecked(),
                                                                r.rowsBeforeChain())
                                                        + " "
                                                        + anchors(r)
                                                : getTranslation(
                                                        "explorer.verify.broken",
                                                        r.firstBroken().partitionId(),
                                                        r.firstBroken().position(),
                                                        getTranslation(r.firstBroken().reason())));
                            }
                        });
        verify.setId("explorer-verify");
        Anchor checkpoints =
                new Anchor(
                        (DownloadHandler)
                                event -> {
                                    CheckpointFile file = audit.checkpointFile();
                                    event.setFileName(
                                            "sangsaeng-audit-checkpoints-"
                                                    + file.madeAt().toString().substring(0, 10)
                                                    + ".json");
                                    event.setContentType("application/json");
                                    event.getOutputStream().write(file.json());
                                },
                        getTranslation("explorer.checkpoints"));
        checkpoints.getElement().setAttribute("download", true);
        checkpoints.setId("explorer-checkpoints");
        CurrentUser me = users.require();
        verify.setVisible(me.overseesAll());
        checkpoints.setVisible(me.overseesAll() && audit.checkpointKey().isPresent());
        add(
                new FormLayout(process, coop, state, from, to, participant, businessKey),
                actions,
                grid,
                new HorizontalLayout(verify, chain),
                checkpoints);
        refresh();
    }

    private String anchors(ChainReport r) {
        if (r.checkpointsChecked() == 0) {
            return getTranslation("explorer.verify.noCheckpoints");
        }
        return r.signaturesChecked()
                ? getTranslation(
                        "explorer.verify.anchored",
                        r.checkpointsChecked(),
                        Feedback.dateTime(r.newestCheckpoint(), getLocale()),
                        r.rowsAfterNewestCheckpoint())
                : getTranslation("explorer.verify.unsigned", r.checkpointsChecked());
    }

    private InstanceQuery query() {
        return new InstanceQuery(
                process.getValue(),
                coop.getValue() == null ? null : coop.getValue().id(),
                state.getValue(),
                from.getValue(),
                to.getValue(),
                participant.getValue(),
                businessKey.getValue());
    }

    private void refresh() {
        InstanceQuery query = feedback.attempt(this::query);
        if (query == null) {
            return;
        }
        Long count = feedback.attempt(() -> explorer.count(query));
        if (count == null) {
            return;
        }
        total.setText(getTranslation("explorer.total", count));
        int rows = (int) Math.min(Integer.MAX_VALUE, count);
        grid.setItems(q -> explorer.search(query, q.getOffset(), q.getLimit()).stream(), q -> rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.explorer");
    }
}
