package org.sangsaeng.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.jobs.ApplicationDetails;
import org.sangsaeng.jobs.JobApplicationService;
import org.sangsaeng.jobs.JobPostDetails;
import org.sangsaeng.jobs.JobPostService;
import org.sangsaeng.ui.Feedback;

/** My job posts (as an employer) and my applications (as a seeker). */
@Route("jobs/mine")
@PermitAll
public class MyJobsView extends VerticalLayout implements HasDynamicTitle {

    private final JobPostService postService;
    private final JobApplicationService applicationService;
    private final Feedback feedback;
    private final Grid<ApplicationDetails> applications = new Grid<>();

    public MyJobsView(
            JobPostService postService,
            JobApplicationService applicationService,
            Feedback feedback) {
        this.postService = postService;
        this.applicationService = applicationService;
        this.feedback = feedback;
        Grid<JobPostDetails> posts = new Grid<>();
        posts.setId("my-job-posts");
        posts.addColumn(JobPostDetails::title)
                .setHeader(getTranslation("jobs.title"))
                .setFlexGrow(2);
        posts.addColumn(p -> getTranslation("jobState." + p.state().name()))
                .setHeader(getTranslation("jobs.state"));
        posts.addColumn(p -> getTranslation("jobs.positionsTaken", p.accepted(), p.positions()))
                .setHeader(getTranslation("jobs.positions"));
        posts.addColumn(p -> Feedback.dateTime(p.applicationDeadline(), getLocale()))
                .setHeader(getTranslation("jobs.deadline"));
        posts.setItems(postService.myPosts());
        posts.setAllRowsVisible(true);
        posts.setEmptyStateText(getTranslation("jobs.noPosts"));
        posts.addItemClickListener(e -> JobPage.open(e.getItem().id()));

        applications.setId("my-job-applications");
        applications
                .addColumn(ApplicationDetails::postTitle)
                .setHeader(getTranslation("jobs.title"))
                .setFlexGrow(2);
        applications
                .addColumn(a -> getTranslation("applicationState." + a.state().name()))
                .setHeader(getTranslation("jobs.state"));
        applications
                .addColumn(a -> Feedback.dateTime(a.offerExpiresAt(), getLocale()))
                .setHeader(getTranslation("jobs.offerExpires"));
        applications
                .addComponentColumn(
                        a -> {
                            Button withdraw =
                                    new Button(
                                            getTranslation("jobs.withdraw"),
                                            e -> {
                                                if (feedback.attempt(
                                                                () ->
                                                                        applicationService.withdraw(
                                                                                a.id()))
                                                        != null) {
                                                    applications.setItems(
                                                            applicationService.myApplications());
                                                }
                                            });
                            withdraw.setVisible(a.state().pending());
                            withdraw.setId("withdraw-" + a.id());
                            return withdraw;
                        })
                .setAutoWidth(true);
        applications.setItems(applicationService.myApplications());
        applications.setAllRowsVisible(true);
        applications.setEmptyStateText(getTranslation("jobs.noApplications"));
        applications.addItemClickListener(e -> JobPage.open(e.getItem().postId()));

        add(
                new H2(getTranslation("jobs.mine")),
                new H3(getTranslation("jobs.myPosts")),
                posts,
                new H3(getTranslation("jobs.myApplications")),
                applications);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobs.mine") + " · " + getTranslation("app.name");
    }
}
