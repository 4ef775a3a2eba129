package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.membership.ApplicationDetails;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.tasks.ui.DecisionForm;
import org.sangsaeng.tasks.ui.SubjectTaskForm;
import org.sangsaeng.ui.Feedback;

/** A leader's review of an application: who applies, then approve, or reject with a reason. */
@org.springframework.stereotype.Component
class MembershipReviewFormFactory extends SubjectTaskForm<ApplicationDetails> {

    MembershipReviewFormFactory(MembershipService memberships, Feedback feedback) {
        super(FormKey.MEMBERSHIP_REVIEW, feedback, "applicationId", memberships::get);
    }

    @Override
    protected void build(
            VerticalLayout form,
            ApplicationDetails application,
            Consumer<Map<String, Object>> submit) {
        FormLayout details = new FormLayout();
        details.addFormItem(
                readOnly(
                        application.applicantName() + " (" + application.applicantUsername() + ")"),
                form.getTranslation("membership.applicant"));
        details.addFormItem(
                readOnly(application.coopName()), form.getTranslation("membership.coop"));
        details.addFormItem(
                readOnly(form.getTranslation("businessType." + application.businessType().name())),
                form.getTranslation("membership.businessType"));
        details.addFormItem(
                readOnly(application.shopName()), form.getTranslation("membership.shopName"));
        details.addFormItem(
                readOnly(application.message()), form.getTranslation("membership.message"));

        form.add(
                details,
                new DecisionForm(
                        "approved",
                        "review.approve",
                        "review.reject",
                        "error.application.reasonRequired",
                        submit));
    }

    private static Span readOnly(String value) {
        Span text = new Span(value == null ? "" : value);
        text.addClassName("read-only-value");
        return text;
    }
}
