package org.sangsaeng.coupons.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.sangsaeng.coupons.Audience;
import org.sangsaeng.coupons.CouponState;
import org.sangsaeng.coupons.Discount;
import org.sangsaeng.coupons.DiscountType;

@Entity
@Table(name = "coupon")
public class Coupon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coop_id")
    private long coopId;

    private long authorId;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private DiscountType discountType;

    private Long discountWon;
    private Integer discountPercent;
    private Long discountCapWon;
    private String freeItem;
    private long minimumPurchaseWon;
    private Instant validFrom;
    private Instant validTo;
    private int totalQuantity;
    private int perCustomerLimit;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private String audienceTag;
    private boolean coopWide;
    private boolean needsFoundation;

    @Enumerated(EnumType.STRING)
    private CouponState state;

    private String reviewComment;
    private Long leaderApprovedBy;
    private Long foundationApprovedBy;
    private String publicToken;
    private int rulesVersion;
    private Long processInstanceKey;
    private Instant createdAt;
    @Version private long version;

    protected Coupon() {}

    public Coupon(long coopId, long authorId, int rulesVersion, Instant createdAt) {
        this.coopId = coopId;
        this.authorId = authorId;
        this.rulesVersion = rulesVersion;
        this.createdAt = createdAt;
        this.state = CouponState.IN_REVIEW;
    }

    public void describe(
            String title,
            String description,
            Discount discount,
            Instant validFrom,
            Instant validTo,
            int totalQuantity,
            int perCustomerLimit,
            Audience audience,
            String audienceTag,
            boolean coopWide,
            boolean needsFoundation) {
        this.title = title;
        this.description = description;
        this.discountType = discount.type();
        this.discountWon = discount.won();
        this.discountPercent = discount.percent();
        this.discountCapWon = discount.capWon();
        this.freeItem = discount.freeItem();
        this.minimumPurchaseWon = discount.minimumPurchaseWon();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.totalQuantity = totalQuantity;
        this.perCustomerLimit = perCustomerLimit;
        this.audience = audience;
        this.audienceTag = audienceTag;
        this.coopWide = coopWide;
        this.needsFoundation = needsFoundation;
    }

    public Discount discount() {
        return new Discount(
                discountType,
                discountWon,
                discountPercent,
                discountCapWon,
                freeItem,
                minimumPurchaseWon);
    }

    public void moveTo(CouponState state, String comment) {
        this.state = state;
        this.reviewComment = comment;
    }

    public void approvedByLeader(long userId) {
        this.leaderApprovedBy = userId;
    }

    public void approvedByFoundation(long userId) {
        this.foundationApprovedBy = userId;
    }

    public void publicToken(String token) {
        if (publicToken == null) {
            publicToken = token;
        }
    }

    public void startedAs(long key) {
        this.processInstanceKey = key;
    }

    public Long getId() {
        return id;
    }

    public long getCoopId() {
        return coopId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }

    public int getTotalQuantity() {
        return totalQuantity;
    }

    public int getPerCustomerLimit() {
        return perCustomerLimit;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getAudienceTag() {
        return audienceTag;
    }

    public boolean isCoopWide() {
        return coopWide;
    }

    public boolean isNeedsFoundation() {
        return needsFoundation;
    }

    public CouponState getState() {
        return state;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getPublicToken() {
        return publicToken;
    }

    public int getRulesVersion() {
        return rulesVersion;
    }

    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
