package org.sangsaeng.jobs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.jobs.JobPostDetails;
import org.sangsaeng.jobs.JobPostService;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.ui.CoopSelect;
import org.sangsaeng.ui.Feedback;

/** A member posts a short job; it is reviewed before it is published. */
@Route("jobs/new")
@PermitAll
public class NewJobView extends VerticalLayout implements HasDynamicTitle {

    public NewJobView(
            JobPostService postService,
            CoopService coops,
            CurrentUsers currentUsers,
            Feedback feedback) {
        CurrentUser me = currentUsers.require();
        CoopSelect coop = new CoopSelect(coops, me);
        coop.setItems(
                coops.listCoops().stream()
                        .filter(
                                c ->
                                        me.memberships().stream()
                                                .map(CoopMembership::coopId)
                                                .anyMatch(id -> id == c.id()))
                        .toList());
        if (!me.memberships().isEmpty()) {
            coop.select(me.memberships().getFirst().coopId());
        }
        JobPostEditor editor = new JobPostEditor();
        Button submit =
                new Button(
                        getTranslation("jobs.submit"),
                        e -> {
                            if (coop.getValue() == null || !editor.deadlinePicked(feedback)) {
                                return;
                            }
                            JobPostDetails created =
                                    feedback.attempt(
                                            () ->
                                                    postService.post(
                                                            editor.value(coop.getValue().id())));
                            if (created != null) {
                                feedback.success(getTranslation("jobs.submitted"));
                                JobPage.open(created.id());
                            }
                        });
        submit.addThemeName("primary");
        submit.setId("job-submit");
        add(
                new H2(getTranslation("jobs.new")),
                new Paragraph(getTranslation("jobs.newHint")),
                coop,
                editor,
                submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobs.new") + " · " + getTranslation("app.name");
    }
}
