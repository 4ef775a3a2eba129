package org.sangsaeng.tasks.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.notifications.ui.NotificationBroadcaster;
import org.sangsaeng.setup.SetupChecklist;
import org.sangsaeng.setup.SetupProgress;
import org.sangsaeng.setup.ui.SetupChecklistCard;
import org.sangsaeng.tasks.TaskCount;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.tasks.TaskListPage;
import org.sangsaeng.ui.Feedback;

/** "My tasks": every open step that waits for the signed-in person, earliest due first. */
@Route("")
@RouteAlias("tasks")
@PermitAll
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    /** Every process with user tasks (processes/*.bpmn), for the type filter. */
    public static final List<String> PROCESSES =
            List.of(
                    "member-vote",
                    "group-purchase",
                    "coop-proposal",
                    "membership-application",
                    "merchant-registration",
                    "coupon-approval",
                    "job-matching",
                    "job-offer",
                    "coop-founding",
                    "leader-election",
                    "joint-sale");

    private final TaskInbox inbox;
    private final Grid<TaskDetails> grid = new Grid<>();
    private final Span count = new Span();
    private final Select<Long> coop = new Select<>();
    private final Select<String> process = new Select<>();

    private final NotificationBroadcaster broadcaster;
    private final String username;
    private Registration newTasks;

    public MyTasksView(
            TaskInbox inbox,
            CoopService coops,
            CurrentUsers currentUsers,
            NotificationBroadcaster broadcaster,
            SetupChecklist setup) {
        this.inbox = inbox;
        this.broadcaster = broadcaster;
        CurrentUser me = currentUsers.require();
        this.username = me.username();
        addClassName("my-tasks");
        setSizeFull();

        List<Long> myCoops = me.memberships().stream().map(CoopMembership::coopId).toList();
        Map<Long, String> coopNames =
                coops.listCoops().stream()
                        .collect(Collectors.toMap(CoopSummary::id, CoopSummary::name));
        coop.setLabel(getTranslation("tasks.filter.coop"));
        coop.setItems(myCoops);
        coop.setEmptySelectionAllowed(true);
        coop.setEmptySelectionCaption(getTranslation("tasks.filter.all"));
        coop.setItemLabelGenerator(
                id -> id == null ? getTranslation("tasks.filter.all") : coopNames.get(id));

        process.setLabel(getTranslation("tasks.filter.type"));
        process.setItems(PROCESSES);
        process.setEmptySelectionAllowed(true);
        process.setEmptySelectionCaption(getTranslation("tasks.filter.all"));
        process.setItemLabelGenerator(
                p ->
                        p == null
                                ? getTranslation("tasks.filter.all")
                                : getTranslation("process." + p));
        coop.addValueChangeListener(e -> refresh());
        process.addValueChangeListener(e -> refresh());

        grid.setId("my-tasks-grid");
        // One column that reads well on a phone: the task, then its kind and due date.
        grid.addComponentColumn(this::card)
                .setHeader(getTranslation("tasks.column.task"))
                .setKey("task");
        grid.addThemeName("row-stripes");
        grid.addItemClickListener(
                e ->
                        getUI().ifPresent(
                                        ui ->
                                                ui.navigate(
                                                        TaskPage.class,
                                                        new com.vaadin.flow.router.RouteParameters(
                                                                "taskId",
                                                                String.valueOf(
                                                                        e.getItem().id())))));
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        grid.setSizeFull();
        count.setId("my-tasks-count");
        count.addClassName("task-count");
        refresh();

        FlexLayout filters = new FlexLayout(coop, process);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");
        if (me.overseesAll()) {
            // Until the first co-op can work, the foundation's first page says what set-up still
            // lacks.
            SetupProgress progress = setup.progress();
            if (!progress.done()) {
                add(new SetupChecklistCard(progress));
            }
        }
        add(
                new H2(getTranslation("nav.myTasks")),
                new Span(getTranslation("tasks.hint")),
                filters,
                count,
                grid);
    }

    private Div card(TaskDetails t) {
        Span name = new Span(getTranslation(t.nameKey()));
        name.addClassName("task-name");
        Span meta =
                new Span(
                        getTranslation("process." + t.processId())
                                + (t.dueAt() == null
                                        ? ""
                                        : " · "
                                                + getTranslation("tasks.column.due")
                                                + " "
                                                + Feedback.dateTime(t.dueAt(), getLocale())));
        meta.addClassName("task-meta");
        Div card = new Div(name);
        if (t.subject() != null) {
            // What the task is about, so that two votes or two coupon reviews are told apart at a
            // glance.
            Span subject = new Span(getTranslation(t.subjectKey(), t.subject()));
            subject.addClassName("task-subject");
            card.add(subject);
        }
        card.add(meta);
        card.addClassName("task-card");
        return card;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // A new task comes with a notification: show it without a reload.
        newTasks =
                broadcaster.register(
                        event.getUI(),
                        username,
                        () -> {
                            showCount(filter());
                            grid.getDataProvider().refreshAll();
                        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        newTasks.remove();
    }

    /**
     * The count says "1,000+" beyond {@link TaskCount#CAP}, so the grid learns its length as it
     * scrolls (a Vaadin grid of undefined size) instead of from the count. Scrolling on, the grid
     * asks for the rows right after those it has: those pages start at the cursor the page before
     * gave, so they cost the same however deep; a jump asks by offset.
     */
    private void refresh() {
        TaskFilter filter = filter();
        TaskCount n = showCount(filter);
        // Where the next rows start, by the offset the grid will ask for; forgotten on refresh.
        Map<Integer, String> cursors = new HashMap<>();
        grid.setItems(
                        query -> {
                            String after = cursors.get(query.getOffset());
                            TaskListPage page =
                                    inbox.myTasksAfter(
                                            filter,
                                            after,
                                            after == null ? query.getOffset() : 0,
                                            query.getLimit());
                            if (page.next() != null) {
                                cursors.put(query.getOffset() + page.items().size(), page.next());
                            }
                            return page.items().stream();
                        })
                .setItemCountEstimate((int) Math.max(1, n.count()));
        grid.getDataProvider().addDataProviderListener(e -> cursors.clear());
    }

    private TaskFilter filter() {
        return new TaskFilter(coop.getValue(), process.getValue());
    }

    private TaskCount showCount(TaskFilter filter) {
        TaskCount n = inbox.countMyTasks(filter);
        String shown = String.format(getLocale(), "%,d", n.count());
        count.setText(
                n.more()
                        ? getTranslation("tasks.count.more", shown)
                        : getTranslation("tasks.count", shown));
        return n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myTasks") + " · " + getTranslation("app.name");
    }
}
