package org.sangsaeng.coupons;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.domain.Coupon;
import org.sangsaeng.coupons.domain.CouponIssue;
import org.sangsaeng.coupons.domain.CouponIssues;
import org.sangsaeng.coupons.domain.CouponRedemption;
import org.sangsaeng.coupons.domain.CouponRedemptions;
import org.sangsaeng.coupons.domain.Coupons;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RulesVersion;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.ReviewDecision;
import org.sangsaeng.shared.Tags;
import org.sangsaeng.shared.Tokens;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coupons from draft to expiry. The author is a co-op member; the co-op's leader approves, and the
 * foundation too for co-op-wide coupons or a discount above the co-op rules' threshold; nobody
 * approves their own draft. Codes are redeemed at the counter exactly once per allowed use.
 */
@Service
@Transactional
public class CouponService {

    public static final String PROCESS_ID = "coupon-approval";
    static final String BUSINESS_KEY_PREFIX = "coupon-";

    private final Coupons coupons;
    private final CouponIssues issues;
    private final CouponRedemptions redemptions;
    private final CoopRulesService rules;
    private final CoopService coops;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final ProcessEngine engine;
    private final AttemptThrottle throttle;
    private final Clock clock;

    CouponService(
            Coupons coupons,
            CouponIssues issues,
            CouponRedemptions redemptions,
            CoopRulesService rules,
            CoopService coops,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            ProcessEngine engine,
            AttemptThrottle throttle,
            Clock clock) {
        this.coupons = coupons;
        this.issues = issues;
        this.redemptions = redemptions;
        this.rules = rules;
        this.coops = coops;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.engine = engine;
        this.throttle = throttle;
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
        return view(coupon, me);
    }

    @Transactional(readOnly = true)
    public CouponView get(long couponId) {
        CurrentUser me = currentUsers.require();
        return view(visible(couponId, me), me);
    }

    /** My coupons, and those of co-ops I lead (or all of a co-op for the foundation). */
    @Transactional(readOnly = true)
    public List<CouponView> mine() {
        CurrentUser me = currentUsers.require();
        return coupons.findByAuthorIdOrderByIdDesc(me.id()).stream().map(c -> view(c, me)).toList();
    }

    @Transactional(readOnly = true)
    public List<CouponView> ofCoop(long coopId) {
        CurrentUser me = currentUsers.require();
        if (!me.oversees(coopId)) {
            throw new AccessDeniedException("error.coupon.leaderOnly");
        }
        return coupons.findByCoopIdOrderByIdDesc(coopId).stream().map(c -> view(c, me)).toList();
    }

    /**
     * An approver's decision (the review task's form): the co-op's leader first, then the
     * foundation when needed. Approve, send back with a comment, or reject with a reason.
     */
    public Map<String, Object> review(long couponId, ReviewDecision decision, String comment) {
        CurrentUser me = currentUsers.require();
        Coupon c =
                coupons.findForUpdate(couponId)
                        .orElseThrow(
                                () -> new NotFoundException("error.coupon.notFound", couponId));
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
        Coupon c =
                coupons.findForUpdate(couponId)
                        .orElseThrow(
                                () -> new NotFoundException("error.coupon.notFound", couponId));
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

    /**
     * A merchant at the counter redeems a code for a purchase. Checked: the code exists, the coupon
     * is valid now, this shop may take it, uses are left, the purchase reaches the minimum. Two
     * counters with the same code at once: one succeeds. A shop guessing codes is slowed down.
     */
    public Redemption redeem(String code, long purchaseWon) {
        CurrentUser me = currentUsers.require();
        String caller = "shop:" + me.id();
        throttle.check(caller);
        String normalized =
                code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        CouponIssue issue = issues.findByCodeForUpdate(normalized).orElse(null);
        if (issue == null) {
            throttle.failed(caller);
            throw new NotFoundException("error.coupon.unknownCode");
        }
        Coupon c = coupons.findById(issue.getCouponId()).orElseThrow();
        boolean shop = c.getAuthorId() == me.id() || c.isCoopWide() && me.isMemberOf(c.getCoopId());
        if (!shop) {
            throttle.failed(caller);
            throw new BusinessException("error.coupon.foreignShop");
        }
        Instant now = clock.instant();
        if (c.getState() != CouponState.PUBLISHED
                || now.isBefore(c.getValidFrom())
                || !now.isBefore(c.getValidTo())) {
            throw new BusinessException(
                    now.isBefore(c.getValidFrom())
                            ? "error.coupon.notYetValid"
                            : "error.coupon.expired");
        }
        if (issue.getRedemptions() >= c.getPerCustomerLimit()) {
            throw new BusinessException("error.coupon.usedUp");
        }
        Won.of(purchaseWon);
        long off = c.discount().off(purchaseWon);
        int seq = issue.redeemed();
        redemptions.saveAndFlush(
                new CouponRedemption(issue.getId(), seq, me.id(), purchaseWon, off, now));
        return new Redemption(
                c.getId(),
                c.getTitle(),
                purchaseWon,
                off,
                c.discount().freeItem(),
                c.getPerCustomerLimit() - seq);
    }

    /** The public coupon page behind an unguessable link (no sign-in); opening it is counted. */
    public PublicCoupon publicCoupon(String token, String caller) {
        throttle.check("link:" + caller);
        CouponIssue issue = issues.findByToken(token == null ? "" : token).orElse(null);
        if (issue == null) {
            throttle.failed("link:" + caller);
            throw new NotFoundException("error.public.notFound");
        }
        issue.opened(clock.instant());
        return publicView(issue);
    }

    /** Someone with a coupon's public link takes a coupon of their own while there are any left. */
    public String claim(String publicToken, String caller) {
        throttle.check("link:" + caller);
        Coupon c = coupons.findByPublicToken(publicToken == null ? "" : publicToken).orElse(null);
        if (c == null) {
            throttle.failed("link:" + caller);
            throw new NotFoundException("error.public.notFound");
        }
        Coupon locked = coupons.findForUpdate(c.getId()).orElseThrow();
        Instant now = clock.instant();
        if (locked.getState() != CouponState.PUBLISHED || !now.isBefore(locked.getValidTo())) {
            throw new BusinessException("error.coupon.expired");
        }
        if (issues.countByCouponId(locked.getId()) >= locked.getTotalQuantity()) {
            throw new BusinessException("error.coupon.allGone");
        }
        // Each claim counts against the caller: taking many coupons looks like guessing.
        throttle.failed("claim:" + caller);
        throttle.check("claim:" + caller);
        return issue(locked, null).getToken();
    }

    @Transactional(readOnly = true)
    public CouponStats stats(long couponId) {
        CurrentUser me = currentUsers.require();
        return stats(visible(couponId, me));
    }

    // ----- for the coupon steps -----

    Coupon lock(long couponId) {
        return coupons.findForUpdate(couponId)
                .orElseThrow(() -> new NotFoundException("error.coupon.notFound", couponId));
    }

    /**
     * Gives the coupon to one recipient (a customer, or null for a public-link claim) with a fresh
     * code and token. A code already taken (one chance in 10^11 per existing code) is drawn again;
     * the unique key is the last word.
     */
    CouponIssue issue(Coupon c, Long customerId) {
        String code = Tokens.code();
        while (issues.existsByCode(code)) {
            code = Tokens.code();
        }
        return issues.saveAndFlush(
                new CouponIssue(c.getId(), customerId, code, Tokens.token(), clock.instant()));
    }

    boolean issued(long couponId, long customerId) {
        return issues.existsByCouponIdAndCustomerId(couponId, customerId);
    }

    long issuedCount(long couponId) {
        return issues.countByCouponId(couponId);
    }

    CouponStats stats(Coupon c) {
        CouponIssues.Stats s = issues.statsOf(c.getId());
        List<CouponRedemptions.ShopTotal> totals = redemptions.byShop(c.getId());
        var people =
                directory.people(
                        totals.stream().map(CouponRedemptions.ShopTotal::getShopOwnerId).toList());
        List<CouponStats.ShopFigures> shops =
                totals.stream()
                        .map(
                                r ->
                                        new CouponStats.ShopFigures(
                                                people.get(r.getShopOwnerId()).username(),
                                                r.getRedemptions(),
                                                r.getDiscountWon()))
                        .toList();
        long discount = shops.stream().mapToLong(CouponStats.ShopFigures::discountWon).sum();
        int rate = s.getIssued() == 0 ? 0 : (int) (s.getRedeemed() * 100 / s.getIssued());
        return new CouponStats(
                s.getIssued(), s.getOpened(), s.getRedeemed(), rate, discount, shops);
    }

    // ----- helpers -----

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

    private Coupon visible(long couponId, CurrentUser me) {
        Coupon c =
                coupons.findById(couponId)
                        .orElseThrow(
                                () -> new NotFoundException("error.coupon.notFound", couponId));
        if (c.getAuthorId() == me.id() || me.oversees(c.getCoopId())) {
            return c;
        }
        throw new NotFoundException("error.coupon.notFound", couponId);
    }

    private CouponView view(Coupon c, CurrentUser me) {
        boolean figures =
                c.getState() == CouponState.PUBLISHED || c.getState() == CouponState.EXPIRED;
        MemberDirectory.Person author = directory.person(c.getAuthorId());
        return new CouponView(
                c.getId(),
                c.getCoopId(),
                author.username(),
                author.displayName(),
                c.getTitle(),
                c.getDescription(),
                c.discount(),
                c.getValidFrom(),
                c.getValidTo(),
                c.getTotalQuantity(),
                c.getPerCustomerLimit(),
                c.getAudience(),
                c.getAudienceTag(),
                c.isCoopWide(),
                c.isNeedsFoundation(),
                c.getState(),
                c.getReviewComment(),
                c.getAuthorId() == me.id() ? c.getPublicToken() : null,
                figures ? stats(c) : null,
                c.getAuthorId() == me.id());
    }

    /**
     * Who a coupon's message comes from: the author's shop, or the co-op for a co-op-wide coupon.
     */
    String sender(Coupon c) {
        String shop = c.isCoopWide() ? "" : directory.shopName(c.getAuthorId(), c.getCoopId());
        return shop.isBlank() ? coops.get(c.getCoopId()).name() : shop;
    }

    private PublicCoupon publicView(CouponIssue issue) {
        Coupon c = coupons.findById(issue.getCouponId()).orElseThrow();
        String shop = directory.shopName(c.getAuthorId(), c.getCoopId());
        Instant now = clock.instant();
        var coop = coops.get(c.getCoopId());
        return new PublicCoupon(
                c.getTitle(),
                c.getDescription(),
                c.discount(),
                c.getValidFrom(),
                c.getValidTo(),
                shop,
                c.isCoopWide(),
                coop.name(),
                issue.getCode(),
                Math.max(0, c.getPerCustomerLimit() - issue.getRedemptions()),
                c.getState() == CouponState.EXPIRED || !now.isBefore(c.getValidTo()),
                coop.marketId());
    }
}
