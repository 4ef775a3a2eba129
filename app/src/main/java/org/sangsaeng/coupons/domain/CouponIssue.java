package org.sangsaeng.coupons.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "coupon_issue")
public class CouponIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long couponId;
    private Long customerId;
    private String code;
    private String token;
    private Instant issuedAt;
    private Instant openedAt;
    private int redemptions;
    @Version private long version;

    protected CouponIssue() {}

    public CouponIssue(
            long couponId, Long customerId, String code, String token, Instant issuedAt) {
        this.couponId = couponId;
        this.customerId = customerId;
        this.code = code;
        this.token = token;
        this.issuedAt = issuedAt;
    }

    public void opened(Instant at) {
        if (openedAt == null) {
            openedAt = at;
        }
    }

    public int redeemed() {
        return ++redemptions;
    }

    public Long getId() {
        return id;
    }

    public long getCouponId() {
        return couponId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCode() {
        return code;
    }

    public String getToken() {
        return token;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public int getRedemptions() {
        return redemptions;
    }
}
