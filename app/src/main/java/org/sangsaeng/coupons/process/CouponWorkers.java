package org.sangsaeng.coupons.process;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.sangsaeng.coupons.Audience;
import org.sangsaeng.coupons.CouponForm;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.CouponSteps;
import org.sangsaeng.coupons.DiscountType;
import org.sangsaeng.engine.JobHandler;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.shared.FormValues;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks and task forms of coupon-approval.bpmn: each one service call. */
@Configuration(proxyBeanMethods = false)
class CouponWorkers {

    record Ids(long couponId) {
    }

    @Bean
    JobHandler couponScheduled(CouponSteps steps) {
        return JobHandler.of("coupon-schedule", job -> steps.scheduled(job.getVariablesAsType(Ids.class).couponId()));
    }

    @Bean
    JobHandler couponRejected(CouponSteps steps) {
        return JobHandler.of("coupon-reject", job -> steps.rejected(job.getVariablesAsType(Ids.class).couponId()));
    }

    @Bean
    JobHandler couponPublish(CouponSteps steps) {
        return JobHandler.producing("coupon-publish", job ->
                Map.of("issued", steps.publish(job.getVariablesAsType(Ids.class).couponId())));
    }

    @Bean
    JobHandler couponExpire(CouponSteps steps) {
        return JobHandler.of("coupon-expire", job -> steps.expire(job.getVariablesAsType(Ids.class).couponId()));
    }

    @Bean
    UserTaskForm couponReviewForm(CouponService coupons) {
        return UserTaskForm.of("coupon-review", (submitted, vars) -> coupons.review(
                FormValues.wholeNumber(vars.get("couponId")), FormValues.text(submitted.get("decision")),
                FormValues.text(submitted.get("comment"))));
    }

    @Bean
    UserTaskForm couponReviseForm(CouponService coupons) {
        return UserTaskForm.of("coupon-revise", (s, vars) -> {
            try {
                return coupons.revise(FormValues.wholeNumber(vars.get("couponId")), new CouponForm(
                        FormValues.wholeNumber(vars.get("coopId")), FormValues.text(s.get("title")),
                        FormValues.text(s.get("description")), DiscountType.valueOf(FormValues.text(s.get("discountType"))),
                        optional(s.get("discountWon")), s.get("discountPercent") == null ? null
                        : (int) FormValues.wholeNumber(s.get("discountPercent")), optional(s.get("discountCapWon")),
                        FormValues.text(s.get("freeItem")), FormValues.wholeNumber(s.get("minimumPurchaseWon")),
                        Instant.parse(FormValues.text(s.get("validFrom"))), Instant.parse(FormValues.text(s.get("validTo"))),
                        (int) FormValues.wholeNumber(s.get("totalQuantity")),
                        (int) FormValues.wholeNumber(s.get("perCustomerLimit")),
                        Audience.valueOf(FormValues.text(s.get("audience"))), FormValues.text(s.get("audienceTag")),
                        Boolean.TRUE.equals(s.get("coopWide"))));
            } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("error.coupon.form");
            }
        });
    }

    private static Long optional(Object value) {
        return value == null ? null : FormValues.wholeNumber(value);
    }
}
