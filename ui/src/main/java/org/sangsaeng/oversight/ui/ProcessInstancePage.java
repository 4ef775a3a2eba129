package org.sangsaeng.oversight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.sangsaeng.oversight.AuditExport;
import org.sangsaeng.oversight.Incidents;
import org.sangsaeng.oversight.InstanceDetail;
import org.sangsaeng.oversight.InstanceSummary;
import org.sangsaeng.oversight.ProcessExplorer;
import org.sangsaeng.oversight.TimelineEntry;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.ui.Feedback;

/**
 * One process instance: the BPMN diagram with the path taken, the timeline of every step with who
 * did it and the data set, the business object next to it, the instances it called, and the trail's
 * export with its hashes.
 */
@Route("explorer/:key")
@PermitAll
public class ProcessInstancePage extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    private final ProcessExplorer explorer;
    private final Incidents incidents;
    private final AuditExport export;
    private final Feedback feedback;
    private String title = "";

    public ProcessInstancePage(
            ProcessExplorer explorer, Incidents incidents, AuditExport export, Feedback feedback) {
        this.explorer = explorer;
        this.incidents = incidents;
        this.export = export;
        this.feedback = feedback;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InstanceDetail d = feedback.load(event, "key", explorer::detail, ProcessExplorerView.class);
        if (d == null) {
            return;
        }
        removeAll();
        InstanceSummary s = d.summary();
        title = s.processId() + " " + s.key();
        H2 heading = new H2(s.processId() + " v" + s.version() + " · " + s.key());
        Span state = new Span(getTranslation("explorer.state." + s.state().name()));
        state.getElement().getThemeList().add("badge");
        state.setId("instance-state");
        Paragraph about =
                new Paragraph(
                        String.join(
                                " · ",
                                s.coopName() == null ? "-" : s.coopName(),
                                s.businessKey() == null ? "-" : s.businessKey(),
                                getTranslation("explorer.started")
                                        + " "
                                        + Feedback.dateTime(s.startedAt(), getLocale()),
                                s.endedAt() == null
                                        ? getTranslation("explorer.running")
                                        : getTranslation("explorer.ended")
                                                + " "
                                                + Feedback.dateTime(s.endedAt(), getLocale())));
        add(
                new RouterLink(getTranslation("explorer.back"), ProcessExplorerView.class),
                heading,
                state,
                about);
        List<Incidents.Incident> stopped = feedback.attempt(() -> incidents.of(s.key()));
        if (stopped != null) {
            stopped.stream().filter(i -> i.resolvedAt() == null).forEach(i -> add(incident(i)));
        }
        if (s.parentKey() != null) {
            add(
                    new RouterLink(
                            getTranslation("explorer.parent", s.parentKey()),
                            ProcessInstancePage.class,
                            new RouteParameters("key", Long.toString(s.parentKey()))));
        }

        String xml = feedback.attempt(() -> explorer.diagram(s.key()));
        FlexLayout top = new FlexLayout();
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setWidthFull();
        top.getStyle().set("gap", "var(--lumo-space-m, 1rem)");
        if (xml != null) {
            BpmnDiagram diagram =
                    new BpmnDiagram(
                            xml,
                            d.elements(),
                            d.flowsTaken(),
                            getTranslation("explorer.noDiagram"));
            diagram.getStyle().set("flex", "2 1 480px");
            top.add(diagram);
        }
        top.add(business(d.business()));
        add(top);

        if (!d.children().isEmpty()) {
            add(new H3(getTranslation("explorer.children")));
            for (InstanceSummary child : d.children()) {
                add(
                        new RouterLink(
                                child.processId()
                                        + " · "
                                        + child.key()
                                        + " · "
                                        + getTranslation("explorer.state." + child.state().name()),
                                ProcessInstancePage.class,
                                new RouteParameters("key", Long.toString(child.key()))));
            }
        }

        add(new H3(getTranslation("explorer.timeline")));
        if (d.timelineCut()) {
            add(new Paragraph(getTranslation("explorer.timelineCut")));
        }
        Grid<TimelineEntry> timeline = new Grid<>();
        timeline.addColumn(e -> Feedback.dateTime(e.at(), getLocale()))
                .setHeader(getTranslation("explorer.time"))
                .setAutoWidth(true);
        timeline.addColumn(e -> getTranslation("explorer.kind." + e.kind().name()))
                .setHeader(getTranslation("explorer.kind"))
                .setAutoWidth(true);
        timeline.addColumn(e -> e.elementId() == null ? "" : e.elementId())
                .setHeader(getTranslation("explorer.element"))
                .setAutoWidth(true);
        timeline.addColumn(TimelineEntry::event)
                .setHeader(getTranslation("explorer.event"))
                .setAutoWidth(true);
        timeline.addColumn(e -> e.durationMs() == null ? "" : duration(e.durationMs()))
                .setHeader(getTranslation("explorer.duration"))
                .setAutoWidth(true);
        timeline.addColumn(e -> e.actor() == null ? "" : e.actor())
                .setHeader(getTranslation("explorer.actor"))
                .setAutoWidth(true);
        timeline.addColumn(e -> e.detail() == null ? "" : e.detail())
                .setHeader(getTranslation("explorer.detail"))
                .setFlexGrow(3);
        timeline.setItems(d.timeline());
        timeline.setId("instance-timeline");
        timeline.setAllRowsVisible(d.timeline().size() <= 200);
        if (d.timeline().size() > 200) {
            timeline.setHeight("600px");
        }
        add(
                timeline,
                new H3(getTranslation("explorer.exportTrail")),
                new ExportLink("trail-export", feedback, format -> export.trail(s.key(), format)));
    }

    private Div business(BusinessSummary b) {
        Div box = new Div();
        box.addClassName("business-view");
        box.setId("instance-business");
        box.getStyle().set("flex", "1 1 280px");
        if (b == null) {
            box.add(new Paragraph(getTranslation("explorer.noBusiness")));
            return box;
        }
        box.add(new H3(b.kind() + ": " + b.title()));
        if (b.route() != null) {
            box.add(new Anchor(b.route(), getTranslation("explorer.openBusiness")));
        }
        for (BusinessSummary.Fact fact : b.facts()) {
            Div row = new Div(new Span(fact.label() + ": "), new Span(fact.value()));
            row.addClassName("business-fact");
            box.add(row);
        }
        return box;
    }

    private static String duration(long ms) {
        Duration d = Duration.ofMillis(ms);
        if (d.toDays() > 0) {
            return d.toDays() + "d " + d.toHoursPart() + "h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h " + d.toMinutesPart() + "m";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + "m " + d.toSecondsPart() + "s";
        }
        return String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    }

    // A stopped step: where, why, since when, and "retry" once the cause is fixed.
    private Div incident(Incidents.Incident i) {
        Div card = new Div();
        card.addClassName("incident");
        card.setId("incident-" + i.key());
        card.getStyle()
                .set("border", "1px solid var(--lumo-error-color)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)")
                .set("max-width", "40rem");
        Paragraph what =
                new Paragraph(
                        getTranslation(
                                "explorer.incident.what",
                                i.elementId(),
                                i.errorType(),
                                Feedback.dateTime(i.createdAt(), getLocale())));
        Paragraph error = new Paragraph(i.errorMessage());
        error.getStyle().set("white-space", "pre-wrap").set("font-family", "monospace");
        Button retry = new Button(getTranslation("explorer.incident.retry"));
        retry.setId("incident-retry-" + i.key());
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry.addClickListener(
                e -> {
                    if (feedback.succeeds(
                            () -> incidents.retry(i.key()),
                            getTranslation("explorer.incident.retried"))) {
                        retry.setEnabled(false);
                    }
                });
        card.add(
                new H3(getTranslation("explorer.incident.title")),
                what,
                error,
                new Paragraph(getTranslation("explorer.incident.hint")),
                retry);
        return card;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
