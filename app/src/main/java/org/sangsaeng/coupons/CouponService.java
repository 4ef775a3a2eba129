package org.sangsaeng.coupons;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.domain.Coupon;
import org.sangsaeng.coupons.domain.Coupons;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RulesVersion;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.ReviewDecision;
import org.sangsaeng.shared.Tags;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting a coupon and its review. The author is a co-op member; the co-op's leader approves, and
 * the foundation too for co-op-wide coupons or a discount above the co-op rules' threshold; nobody
 * approves their own draft. Reading coupons is {@link CouponQueries}, redeeming codes at the
 * counter {@link CouponCounter}, taking one by its public link {@link CouponClaims}.
 */
@Service
@Transactional
public class CouponService {

    public static final String PROCESS_ID = "coupon-approval";
    static final String BUSINESS_KEY_PREFIX = "coupon-";

    private final Coupons coupons;
    private final CouponSupport support;
    private final CouponQueries queries;
    private final CoopRulesService rules;
    private final CoopService coops;
    private final CurrentUsers currentUsers;
    private final ProcessEngine engine;
    private final Clock clock;

    CouponService(
            Coupons coupons,
            CouponSupport support,
            CouponQueries queries,
            CoopRulesService rules,
            CoopService coops,
            CurrentUsers currentUsers,
            ProcessEngine engine,
            Clock clock) {
        this.coupons = coupons;
        this.support = support;
        this.queries = queries;
        this.rules = rules;
        this.coops = coops;
        this.currentUsers = currentUsers;
        this.engine = engine;
        this.clock = clock;
    }

    /** A member drafts a coupon; the approval process starts at once. */
    public CouponView draft(CouponForm form) {
        CurrentUser me = currentUsers.require();
        if (form == null) {
            throw new InvalidInputException("error.coupon.title");
        }
        coops.get(form.coopId());
        if (!me.isMemberOf(form.coopId())) {
            throw new AccessDeniedException("error.coupon.membersOnly");
        }
        RulesVersion pinned = rules.pinCurrent(form.coopId());
        Coupon coupon = new Coupon(form.coopId(), me.id(), pinned.version(), clock.instant());
        describe(coupon, form, pinned.rules().couponFoundationThresholdWon());
        coupons.saveAndFlush(coupon);
        Map<String, Object> variables = new HashMap<>(schedule(coupon));
        variables.put("couponId", coupon.getId());
        variables.put("coopId", coupon.getCoopId());
        variables.put("author", me.username());
        variables.put("rulesVersion", pinned.version());
        variables.put("reminderLead", pinned.rules().reminderLead().toString());
        variables.put("reviewDue", dueFromNow(coupon).toString());
        coupon.startedAs(engine.start(PROCESS_ID, BUSINESS_KEY_PREFIX + coupon.getId(), variables));
        return queries.get(coupon.getId());
    }

    /**
     * An approver's decision (the review task's form): the co-op's leader first, then the
     * foundation when needed. Approve, send back with a comment, or reject with a reason.
     */
    public Map<String, Object> review(long couponId, ReviewDecision decision, String comment) {
        CurrentUser me = currentUsers.require();
        Coupon c = support.lock(couponId);
        boolean leaderStep = c.getState() == CouponState.IN_REVIEW;
        if (!leaderStep && c.getState() != CouponState.FOUNDATION_REVIEW) {
            throw new BusinessException("error.coupon.notInReview");
        }
        if (leaderStep ? !me.isLeaderOf(c.getCoopId()) : !me.has(Role.FOUNDATION)) {
            throw new AccessDeniedException("error.coupon.approverOnly");
        }
        if (c.getAuthorId() == me.id()) {
            throw new AccessDeniedException("error.coupon.ownDraft");
        }
        String text =
                decision.requireText(
                        comment, "error.coupon.reasonRequired", "error.coupon.commentRequired");
        switch (decision) {
            case APPROVE -> {
                if (leaderStep) {
                    c.approvedByLeader(me.id());
                } else {
                    c.approvedByFoundation(me.id());
                }
                c.moveTo(
                        leaderStep && c.isNeedsFoundation()
                                ? CouponState.FOUNDATION_REVIEW
                                : CouponState.SCHEDULED,
                        null);
            }
            case CHANGES -> c.moveTo(CouponState.CHANGES_REQUESTED, text);
            case REJECT -> c.moveTo(CouponState.REJECTED, text);
        }
        // The next step (the foundation's review, or the author's revision) is due from now.
        return Map.of(
                "reviewDecision",
                decision.name(),
                "needsFoundation",
                c.isNeedsFoundation(),
                decision == ReviewDecision.CHANGES ? "reviseDue" : "reviewDue",
                dueFromNow(c).toString());
    }

    /** The author revises a draft sent back; it goes to the leader again. */
    public Map<String, Object> revise(long couponId, CouponForm form) {
        CurrentUser me = currentUsers.require();
        Coupon c = support.lock(couponId);
        if (c.getAuthorId() != me.id()) {
            throw new AccessDeniedException("error.coupon.authorOnly");
        }
        if (c.getState() != CouponState.CHANGES_REQUESTED) {
            throw new BusinessException("error.coupon.notInReview");
        }
        if (form == null || form.coopId() != c.getCoopId()) {
            throw new InvalidInputException("error.coupon.coopFixed");
        }
        describe(
                c,
                form,
                rules.version(c.getCoopId(), c.getRulesVersion()).couponFoundationThresholdWon());
        c.moveTo(CouponState.IN_REVIEW, c.getReviewComment());
        Map<String, Object> variables = new HashMap<>(schedule(c));
        variables.put("needsFoundation", c.isNeedsFoundation());
        variables.put("reviewDue", dueFromNow(c).toString());
        return variables;
    }

    /** When a review or revision that starts now is due, under the coupon's rules version. */
    private Instant dueFromNow(Coupon c) {
        return rules.decisionDue(c.getCoopId(), c.getRulesVersion());
    }

    private Map<String, Object> schedule(Coupon c) {
        return Map.of(
                "validFrom",
                c.getValidFrom().toString(),
                "validTo",
                c.getValidTo().toString(),
                "needsFoundation",
                c.isNeedsFoundation());
    }

    private void describe(Coupon c, CouponForm form, long foundationThreshold) {
        String title = form.title() == null ? "" : form.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("error.coupon.title");
        }
        String description = form.description() == null ? "" : form.description().trim();
        if (description.length() > 2000) {
            throw new InvalidInputException("error.text.tooLong", 2000);
        }
        Discount discount = form.discount();
        if (form.validFrom() == null || form.validTo() == null) {
            throw new InvalidInputException("error.coupon.dates");
        }
        if (!form.validTo().isAfter(form.validFrom())) {
            throw new InvalidInputException("error.coupon.endBeforeStart");
        }
        if (!form.validTo().isAfter(clock.instant())) {
            throw new InvalidInputException("error.coupon.endPast");
        }
        if (form.totalQuantity() < 1 || form.totalQuantity() > 100_000) {
            throw new InvalidInputException("error.coupon.quantity");
        }
        if (form.perCustomerLimit() < 1 || form.perCustomerLimit() > 100) {
            throw new InvalidInputException("error.coupon.perCustomer");
        }
        if (form.audience() == null) {
            throw new InvalidInputException("error.coupon.audience");
        }
        String tag = null;
        if (form.audience() == Audience.TAG) {
            var tags = Tags.parse(form.audienceTag());
            if (tags.size() != 1) {
                throw new InvalidInputException("error.coupon.audienceTag");
            }
            tag = tags.iterator().next();
        }
        boolean needsFoundation =
                form.coopWide() || discount.largestDiscount() > foundationThreshold;
        c.describe(
                title,
                description,
                discount,
                form.validFrom().truncatedTo(ChronoUnit.SECONDS),
                form.validTo().truncatedTo(ChronoUnit.SECONDS),
                form.totalQuantity(),
                form.perCustomerLimit(),
                form.audience(),
                tag,
                form.coopWide(),
                needsFoundation);
    }
}
