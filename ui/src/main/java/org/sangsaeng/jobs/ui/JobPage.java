package org.sangsaeng.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.function.LongFunction;
import org.sangsaeng.jobs.ApplicationDetails;
import org.sangsaeng.jobs.ApplicationState;
import org.sangsaeng.jobs.JobApplicationService;
import org.sangsaeng.jobs.JobPostDetails;
import org.sangsaeng.jobs.JobPostService;
import org.sangsaeng.jobs.JobState;
import org.sangsaeng.jobs.SeekerMatch;
import org.sangsaeng.jobs.SeekerService;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.SubjectPage;

/**
 * One job: its facts; for a seeker, applying (or their application); for its employer, the
 * applicants with their match and rating (shortlist, reject, offer) and suggested seekers.
 */
@Route("jobs/:postId")
@PermitAll
public class JobPage extends SubjectPage<JobPostDetails> {

    private final JobPostService postService;
    private final JobApplicationService applicationService;
    private final SeekerService seekerService;

    /** Goes to the page of the job post with {@code postId}. */
    public static void open(long postId) {
        open(JobPage.class, "postId", postId);
    }

    public JobPage(
            JobPostService postService,
            JobApplicationService applicationService,
            SeekerService seekerService,
            Feedback feedback) {
        super(feedback, "postId", postService::get, JobBoardView.class, JobPostDetails::title);
        this.postService = postService;
        this.applicationService = applicationService;
        this.seekerService = seekerService;
    }

    @Override
    protected void build(JobPostDetails post) {
        H2 heading = new H2(post.title());
        heading.setId("job-heading");
        add(heading, new JobDetails(post));
        if (post.mine()) {
            employerPart(post);
        } else if (post.myApplication() != null) {
            Paragraph state =
                    new Paragraph(
                            getTranslation(
                                    "jobs.myApplication",
                                    getTranslation(
                                            "applicationState." + post.myApplication().name())));
            state.setId("job-my-application");
            add(state);
        } else if (post.state() == JobState.PUBLISHED) {
            TextArea message = new TextArea(getTranslation("jobs.message"));
            message.setMaxLength(1000);
            message.setWidthFull();
            message.setId("job-apply-message");
            Button apply =
                    new Button(
                            getTranslation("jobs.apply"),
                            e -> {
                                if (feedback.succeeds(
                                        () ->
                                                applicationService.apply(
                                                        post.id(), message.getValue()),
                                        getTranslation("jobs.applied"))) {
                                    reload(post.id());
                                }
                            });
            apply.addThemeName("primary");
            apply.setId("job-apply");
            add(message, apply);
        }
        add(
                new Button(
                        getTranslation("tasks.back"),
                        e -> getUI().ifPresent(ui -> ui.navigate(JobBoardView.class))));
    }

    private void employerPart(JobPostDetails post) {
        if (post.state() == JobState.PUBLISHED) {
            Button close =
                    new Button(
                            getTranslation("jobs.closeEarly"),
                            e -> {
                                feedback.succeeds(
                                        () -> postService.closeEarly(post.id()),
                                        getTranslation("jobs.closing"));
                            });
            close.setId("job-close");
            add(close);
        }
        Grid<ApplicationDetails> applicants = new Grid<>();
        applicants.setId("job-applicants");
        applicants
                .addColumn(a -> a.seekerName() + " · " + JobTexts.rating(this, a.seekerRating()))
                .setHeader(getTranslation("jobs.seeker"))
                .setFlexGrow(2);
        applicants
                .addColumn(ApplicationDetails::message)
                .setHeader(getTranslation("jobs.message"))
                .setFlexGrow(2);
        applicants
                .addColumn(a -> a.match().score() + " · " + JobTexts.reasons(this, a.match()))
                .setHeader(getTranslation("jobs.why"))
                .setFlexGrow(3);
        applicants
                .addColumn(a -> getTranslation("applicationState." + a.state().name()))
                .setHeader(getTranslation("jobs.state"));
        applicants.addComponentColumn(a -> actions(post, a)).setHeader("").setAutoWidth(true);
        applicants.setItems(applicationService.applicants(post.id()));
        applicants.setAllRowsVisible(true);
        applicants.setEmptyStateText(getTranslation("jobs.noApplicants"));

        Grid<SeekerMatch> suggested = new Grid<>();
        suggested.setId("job-suggested-seekers");
        suggested
                .addColumn(
                        m ->
                                m.seekerName()
                                        + (m.entryTitle() == null
                                                ? ""
                                                : " (" + m.entryTitle() + ")"))
                .setHeader(getTranslation("jobs.seeker"))
                .setFlexGrow(2);
        suggested
                .addColumn(m -> JobTexts.rating(this, m.rating()))
                .setHeader(getTranslation("jobs.ratingHeader"));
        suggested
                .addColumn(m -> m.match().score() + " · " + JobTexts.reasons(this, m.match()))
                .setHeader(getTranslation("jobs.why"))
                .setFlexGrow(3);
        suggested.setItems(seekerService.suggestedSeekers(post.id()));
        suggested.setAllRowsVisible(true);
        suggested.setEmptyStateText(getTranslation("jobs.noSuggestions"));
        add(
                new H3(getTranslation("jobs.applicants")),
                applicants,
                new H3(getTranslation("jobs.suggestedSeekers")),
                suggested);
    }

    private HorizontalLayout actions(JobPostDetails post, ApplicationDetails a) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (a.state().pending()) {
            if (a.state() == ApplicationState.APPLIED) {
                buttons.add(
                        action(
                                "jobs.shortlist",
                                "shortlist-" + a.id(),
                                post,
                                applicationService::shortlist,
                                a.id()));
            }
            buttons.add(
                    action(
                            "jobs.offer",
                            "offer-" + a.id(),
                            post,
                            applicationService::offer,
                            a.id()));
            buttons.add(
                    action(
                            "jobs.reject",
                            "reject-" + a.id(),
                            post,
                            applicationService::reject,
                            a.id()));
        }
        return buttons;
    }

    private Button action(
            String key,
            String id,
            JobPostDetails post,
            LongFunction<ApplicationDetails> act,
            long applicationId) {
        Button button =
                new Button(
                        getTranslation(key),
                        e -> {
                            if (feedback.attempt(() -> act.apply(applicationId)) != null) {
                                reload(post.id());
                            }
                        });
        button.setId(id);
        return button;
    }

    private void reload(long postId) {
        change(() -> postService.get(postId));
    }
}
