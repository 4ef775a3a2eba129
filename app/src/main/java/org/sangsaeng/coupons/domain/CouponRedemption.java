package org.sangsaeng.coupons.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "coupon_redemption")
public class CouponRedemption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long issueId;
    private int seq;
    private long shopOwnerId;
    private long purchaseWon;
    private long discountWon;
    private Instant redeemedAt;

    protected CouponRedemption() {}

    public CouponRedemption(
            long issueId,
            int seq,
            long shopOwnerId,
            long purchaseWon,
            long discountWon,
            Instant at) {
        this.issueId = issueId;
        this.seq = seq;
        this.shopOwnerId = shopOwnerId;
        this.purchaseWon = purchaseWon;
        this.discountWon = discountWon;
        this.redeemedAt = at;
    }
}
