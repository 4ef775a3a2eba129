package org.sangsaeng.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.jobs.JobFilter;
import org.sangsaeng.jobs.JobMatch;
import org.sangsaeng.jobs.JobPostDetails;
import org.sangsaeng.jobs.JobPostService;
import org.sangsaeng.jobs.SeekerEntryDetails;
import org.sangsaeng.jobs.SeekerService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.ui.Feedback;

/**
 * The job board (재능거래): open jobs by business type, area and date; jobs that fit me; people looking
 * for work.
 */
@Route("jobs")
@PermitAll
public class JobBoardView extends VerticalLayout implements HasDynamicTitle {

    private final JobPostService postService;
    private final SeekerService seekerService;
    private final Select<BusinessType> type = new Select<>();
    private final TextField area = new TextField();
    private final DatePicker date = new DatePicker();
    private final Grid<JobPostDetails> grid = new Grid<>();

    public JobBoardView(
            JobPostService postService, SeekerService seekerService, CurrentUsers currentUsers) {
        this.postService = postService;
        this.seekerService = seekerService;
        type.setLabel(getTranslation("jobs.businessType"));
        type.setItems(BusinessType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("tasks.filter.all"));
        type.setItemLabelGenerator(
                t ->
                        t == null
                                ? getTranslation("tasks.filter.all")
                                : getTranslation("businessType." + t.name()));
        type.setId("jobs-type");
        area.setLabel(getTranslation("jobs.area"));
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setClearButtonVisible(true);
        area.setId("jobs-area");
        date.setLabel(getTranslation("jobs.onDate"));
        date.setClearButtonVisible(true);
        date.setId("jobs-date");

        grid.setId("jobs-grid");
        grid.addColumn(JobPostDetails::title)
                .setHeader(getTranslation("jobs.title"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation("businessType." + p.businessType().name()))
                .setHeader(getTranslation("jobs.businessType"));
        grid.addColumn(JobPostDetails::area).setHeader(getTranslation("jobs.area"));
        grid.addColumn(p -> JobTexts.when(this, p))
                .setHeader(getTranslation("jobs.when"))
                .setFlexGrow(2);
        grid.addColumn(p -> JobTexts.pay(this, p.payUnit(), p.payWon()))
                .setHeader(getTranslation("jobs.pay"));
        grid.addColumn(p -> Feedback.dateTime(p.applicationDeadline(), getLocale()))
                .setHeader(getTranslation("jobs.deadline"));
        grid.setEmptyStateText(getTranslation("jobs.none"));
        grid.addItemClickListener(e -> JobPage.open(e.getItem().id()));
        type.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        date.addValueChangeListener(e -> refresh());

        Button post =
                new Button(
                        getTranslation("jobs.new"),
                        e -> getUI().ifPresent(ui -> ui.navigate(NewJobView.class)));
        post.addThemeName("primary");
        post.setId("jobs-new");
        post.setVisible(!currentUsers.require().memberships().isEmpty());
        Button mine =
                new Button(
                        getTranslation("jobs.mine"),
                        e -> getUI().ifPresent(ui -> ui.navigate(MyJobsView.class)));
        mine.setId("jobs-mine");
        Button profile =
                new Button(
                        getTranslation("jobs.profile"),
                        e -> getUI().ifPresent(ui -> ui.navigate(SeekerProfilePage.class)));
        profile.setId("jobs-profile");
        HorizontalLayout actions = new HorizontalLayout(post, mine, profile);
        actions.setWrap(true);
        HorizontalLayout filters = new HorizontalLayout(type, area, date);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Grid<JobMatch> suggested = new Grid<>();
        suggested.setId("jobs-suggested");
        suggested
                .addColumn(m -> m.post().title())
                .setHeader(getTranslation("jobs.title"))
                .setFlexGrow(2);
        suggested
                .addColumn(m -> m.match().score())
                .setHeader(getTranslation("jobs.score"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        suggested
                .addColumn(m -> JobTexts.reasons(this, m.match()))
                .setHeader(getTranslation("jobs.why"))
                .setFlexGrow(3);
        suggested.setItems(seekerService.suggestedJobs());
        suggested.setAllRowsVisible(true);
        suggested.setEmptyStateText(getTranslation("jobs.noSuggestions"));
        suggested.addItemClickListener(e -> JobPage.open(e.getItem().post().id()));

        Grid<SeekerEntryDetails> seekers = new Grid<>();
        seekers.setId("jobs-seekers");
        seekers.addColumn(SeekerEntryDetails::title)
                .setHeader(getTranslation("jobs.title"))
                .setFlexGrow(2);
        seekers.addColumn(s -> s.seekerName() + " · " + JobTexts.rating(this, s.rating()))
                .setHeader(getTranslation("jobs.seeker"));
        seekers.addColumn(s -> String.join(", ", s.skills()))
                .setHeader(getTranslation("jobs.skills"));
        seekers.addColumn(s -> s.availableFrom() + " ~ " + s.availableTo())
                .setHeader(getTranslation("jobs.available"));
        seekers.setItems(seekerService.entries());
        seekers.setAllRowsVisible(true);
        seekers.setEmptyStateText(getTranslation("jobs.noEntries"));

        add(
                new H2(getTranslation("nav.jobs")),
                actions,
                new H3(getTranslation("jobs.suggested")),
                suggested,
                new H3(getTranslation("jobs.open")),
                filters,
                grid,
                new H3(getTranslation("jobs.lookingForWork")),
                seekers);
        grid.setAllRowsVisible(true);
        refresh();
    }

    private void refresh() {
        grid.setItems(
                postService.board(
                        new JobFilter(type.getValue(), area.getValue(), date.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.jobs") + " · " + getTranslation("app.name");
    }
}
