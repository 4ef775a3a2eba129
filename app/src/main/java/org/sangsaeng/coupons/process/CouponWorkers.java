package org.sangsaeng.coupons.process;

import java.util.Map;
import org.sangsaeng.coupons.Audience;
import org.sangsaeng.coupons.CouponForm;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.CouponSteps;
import org.sangsaeng.coupons.DiscountType;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.JobHandler;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.shared.FormValues;
import org.sangsaeng.shared.ReviewDecision;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks and task forms of coupon-approval.bpmn: each one service call. */
@Configuration(proxyBeanMethods = false)
class CouponWorkers {

    record Ids(long couponId) {}

    @Bean
    JobHandler couponScheduled(CouponSteps steps) {
        return JobHandler.of(
                "coupon-schedule",
                job -> steps.scheduled(job.getVariablesAsType(Ids.class).couponId()));
    }

    @Bean
    JobHandler couponRejected(CouponSteps steps) {
        return JobHandler.of(
                "coupon-reject",
                job -> steps.rejected(job.getVariablesAsType(Ids.class).couponId()));
    }

    @Bean
    JobHandler couponPublish(CouponSteps steps) {
        return JobHandler.producing(
                "coupon-publish",
                job ->
                        Map.of(
                                "issued",
                                steps.publish(job.getVariablesAsType(Ids.class).couponId())));
    }

    @Bean
    JobHandler couponExpire(CouponSteps steps) {
        return JobHandler.of(
                "coupon-expire", job -> steps.expire(job.getVariablesAsType(Ids.class).couponId()));
    }

    @Bean
    UserTaskForm couponReviewForm(CouponService coupons) {
        return UserTaskForm.of(
                FormKey.COUPON_REVIEW.key(),
                (submitted, vars) ->
                        coupons.review(
                                FormValues.wholeNumber(vars.get("couponId")),
                                ReviewDecision.of(
                                        submitted.get("decision"), "error.coupon.decisionRequired"),
                                FormValues.text(submitted.get("comment"))));
    }

    @Bean
    UserTaskForm couponReviseForm(CouponService coupons) {
        // A refusal names the field that is missing or malformed.
        return UserTaskForm.of(
                FormKey.COUPON_REVISE.key(),
                (s, vars) ->
                        coupons.revise(
                                FormValues.wholeNumber(vars.get("couponId")),
                                new CouponForm(
                                        FormValues.wholeNumber(vars.get("coopId")),
                                        FormValues.text(s.get("title")),
                                        FormValues.text(s.get("description")),
                                        FormValues.choice(
                                                DiscountType.class,
                                                s.get("discountType"),
                                                "discountType"),
                                        optional(s.get("discountWon"), "discountWon"),
                                        s.get("discountPercent") == null
                                                ? null
                                                : (int)
                                                        FormValues.wholeNumber(
                                                                s.get("discountPercent"),
                                                                "discountPercent"),
                                        optional(s.get("discountCapWon"), "discountCapWon"),
                                        FormValues.text(s.get("freeItem")),
                                        FormValues.wholeNumber(
                                                s.get("minimumPurchaseWon"), "minimumPurchaseWon"),
                                        FormValues.instant(s.get("validFrom"), "validFrom"),
                                        FormValues.instant(s.get("validTo"), "validTo"),
                                        (int)
                                                FormValues.wholeNumber(
                                                        s.get("totalQuantity"), "totalQuantity"),
                                        (int)
                                                FormValues.wholeNumber(
                                                        s.get("perCustomerLimit"),
                                                        "perCustomerLimit"),
                                        FormValues.choice(
                                                Audience.class, s.get("audience"), "audience"),
                                        FormValues.text(s.get("audienceTag")),
                                        Boolean.TRUE.equals(s.get("coopWide")))));
    }

    private static Long optional(Object value, String field) {
        return value == null ? null : FormValues.wholeNumber(value, field);
    }
}
