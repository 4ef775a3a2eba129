package org.sangsaeng.coupons.process;

import java.util.Map;
import org.sangsaeng.coupons.Audience;
import org.sangsaeng.coupons.CouponForm;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.CouponSteps;
import org.sangsaeng.coupons.DiscountType;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.StepWorker;
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
    StepWorker couponScheduled(CouponSteps steps) {
        return StepWorker.of("coupon-schedule", Ids.class, ids -> steps.scheduled(ids.couponId()));
    }

    @Bean
    StepWorker couponRejected(CouponSteps steps) {
        return StepWorker.of("coupon-reject", Ids.class, ids -> steps.rejected(ids.couponId()));
    }

    @Bean
    StepWorker couponPublish(CouponSteps steps) {
        return StepWorker.producing(
                "coupon-publish",
                Ids.class,
                ids -> Map.of("issued", steps.publish(ids.couponId())));
    }

    @Bean
    StepWorker couponExpire(CouponSteps steps) {
        return StepWorker.of("coupon-expire", Ids.class, ids -> steps.expire(ids.couponId()));
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
