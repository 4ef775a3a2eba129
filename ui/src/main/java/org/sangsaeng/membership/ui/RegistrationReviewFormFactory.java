package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.membership.MerchantRegistrationSteps;
import org.sangsaeng.membership.RegistrationDetails;
import org.sangsaeng.shared.ReviewDecision;
import org.sangsaeng.tasks.ui.SubjectTaskForm;
import org.sangsaeng.tasks.ui.TaskFields;
import org.sangsaeng.ui.Feedback;

/**
 * The foundation's review of a sign-up: who signs up, for which shop and market, whether the phone
 * was proven and which privacy notice they agreed to; then approve, ask for changes, or reject.
 * Changes and rejection need a text the applicant will read; the server checks it again.
 */
@org.springframework.stereotype.Component
class RegistrationReviewFormFactory extends SubjectTaskForm<RegistrationDetails> {

    RegistrationReviewFormFactory(MerchantRegistrationSteps registrations, Feedback feedback) {
        super(
                FormKey.MERCHANT_REGISTRATION_REVIEW,
                feedback,
                "registrationId",
                registrations::details);
    }

    @Override
    protected void build(
            VerticalLayout form, RegistrationDetails r, Consumer<Map<String, Object>> submit) {
        form.add(details(form, r), decision(form, submit));
    }

    private FormLayout details(VerticalLayout form, RegistrationDetails r) {
        FormLayout details = new FormLayout();
        details.setId("registration-details");
        details.addFormItem(
                text(r.displayName() + " (" + r.username() + ")"),
                form.getTranslation("registration.name"));
        details.addFormItem(text(r.shopName()), form.getTranslation("registration.shopName"));
        details.addFormItem(
                text(form.getTranslation("businessType." + r.businessType().name())),
                form.getTranslation("registration.businessType"));
        details.addFormItem(text(r.marketName()), form.getTranslation("registration.market"));
        details.addFormItem(
                text(r.businessNumber()), form.getTranslation("registration.businessNumber"));
        details.addFormItem(
                text(
                        r.phone()
                                + " · "
                                + form.getTranslation(
                                        "registration.phoneVerifiedAt",
                                        Feedback.dateTime(r.phoneVerifiedAt(), locale()))),
                form.getTranslation("registration.phoneVerified"));
        details.addFormItem(text(r.email()), form.getTranslation("registration.email"));
        details.addFormItem(
                text(
                        r.privacyNoticeVersion()
                                + " · "
                                + Feedback.dateTime(r.privacyConsentedAt(), locale())),
                form.getTranslation("registration.consentGiven"));
        if (r.invitedTo() != null) {
            details.addFormItem(text(r.invitedTo()), form.getTranslation("registration.invitedTo"));
        }
        if (r.revisions() > 0) {
            details.addFormItem(
                    text(String.valueOf(r.revisions())),
                    form.getTranslation("registration.revisions"));
        }
        return details;
    }

    /** Three answers, and the text box that the last two need. */
    private VerticalLayout decision(VerticalLayout form, Consumer<Map<String, Object>> submit) {
        RadioButtonGroup<ReviewDecision> decision =
                new RadioButtonGroup<>(form.getTranslation("review.decision"));
        decision.setId("review-decision");
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(
                d -> form.getTranslation("registration.decision." + d.name()));
        decision.setRequiredIndicatorVisible(true);
        TextArea reason = TaskFields.textArea("review-reason", "review.reason", 1000);
        reason.setVisible(false);
        decision.addValueChangeListener(
                e -> {
                    boolean needsText =
                            e.getValue() != null && e.getValue() != ReviewDecision.APPROVE;
                    reason.setVisible(needsText);
                    reason.setRequiredIndicatorVisible(needsText);
                    reason.setLabel(
                            form.getTranslation(
                                    e.getValue() == ReviewDecision.CHANGES
                                            ? "registration.changes"
                                            : "review.reason"));
                });
        Button complete =
                TaskFields.complete(
                        "tasks.complete",
                        () -> {
                            if (decision.getValue() == null) {
                                TaskFields.invalid(decision, "error.registration.decisionRequired");
                            } else if (decision.getValue() != ReviewDecision.APPROVE
                                    && reason.getValue().isBlank()) {
                                TaskFields.invalid(
                                        reason,
                                        decision.getValue() == ReviewDecision.CHANGES
                                                ? "error.registration.changesRequired"
                                                : "error.registration.reasonRequired");
                            } else {
                                submit.accept(
                                        TaskFields.values(
                                                "decision",
                                                decision.getValue().name(),
                                                "reason",
                                                reason.getValue()));
                            }
                        });
        VerticalLayout answer = new VerticalLayout(decision, reason, complete);
        answer.setPadding(false);
        return answer;
    }

    private static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.KOREAN : ui.getLocale();
    }

    private static Span text(String value) {
        Span text = new Span(value == null ? "-" : value);
        text.addClassName("read-only-value");
        return text;
    }
}
