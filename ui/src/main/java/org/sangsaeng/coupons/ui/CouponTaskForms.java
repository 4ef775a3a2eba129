package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.sangsaeng.coupons.CouponDetails;
import org.sangsaeng.coupons.CouponQueries;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.tasks.ui.ReviewDecisionForm;
import org.sangsaeng.tasks.ui.TaskFields;
import org.sangsaeng.tasks.ui.TaskFormFactory;
import org.sangsaeng.ui.Feedback;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coupon tasks: approve (leader or foundation) and revise (the author). */
@Configuration(proxyBeanMethods = false)
class CouponTaskForms {

    @Bean
    TaskFormFactory couponReviewFormFactory(CouponQueries coupons, Feedback feedback) {
        return factory(
                FormKey.COUPON_REVIEW,
                coupons,
                feedback,
                (form, coupon, submit) ->
                        form.add(
                                new ReviewDecisionForm(
                                        "coupon-decision",
                                        "couponDecision.",
                                        "coupon-comment",
                                        "coupon.reviewComment",
                                        submit)));
    }

    @Bean
    TaskFormFactory couponReviseFormFactory(CouponQueries coupons, Feedback feedback) {
        return factory(
                FormKey.COUPON_REVISE,
                coupons,
                feedback,
                (form, coupon, submit) -> {
                    CouponEditor editor = new CouponEditor();
                    editor.setValue(coupon);
                    form.add(
                            editor,
                            TaskFields.complete(
                                    "tasks.complete", () -> submit.accept(editor.asSubmission())));
                });
    }

    /** A coupon task's form: what the coupon gives and when, then the fields of {@code body}. */
    private static TaskFormFactory factory(
            FormKey formKey,
            CouponQueries coupons,
            Feedback feedback,
            TaskFormFactory.Body<CouponDetails> body) {
        return TaskFormFactory.about(
                formKey.key(),
                feedback,
                task -> coupons.get(TaskFormFactory.id(task, "couponId")),
                (form, coupon, submit) -> {
                    form.add(
                            new H3(coupon.title()),
                            new Paragraph(CouponTexts.discount(form, coupon.discount())),
                            new Paragraph(coupon.description()),
                            new Paragraph(
                                    form.getTranslation(
                                            "coupon.validity",
                                            Feedback.dateTime(
                                                    coupon.validFrom(),
                                                    com.vaadin
                                                            .flow
                                                            .component
                                                            .UI
                                                            .getCurrent()
                                                            .getLocale()),
                                            Feedback.dateTime(
                                                    coupon.validTo(),
                                                    com.vaadin
                                                            .flow
                                                            .component
                                                            .UI
                                                            .getCurrent()
                                                            .getLocale()))));
                    if (coupon.needsFoundation()) {
                        form.add(new Paragraph(form.getTranslation("coupon.needsFoundation")));
                    }
                    body.build(form, coupon, submit);
                });
    }
}
