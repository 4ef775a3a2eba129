package org.sangsaeng.sale.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sangsaeng.shared.BusinessException;

/** A shop's share of a closed joint sale, kept with every number of its statement; written once. */
@Entity
@Table(name = "joint_sale_share")
public class JointSaleShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long offerId;
    private long shopUserId;
    private long partValue;
    private long totalValue;
    private long roundedDown;

    @Column(name = "remainder_numerator")
    private long remainder;

    private boolean leftoverWon;
    private long amount;
    private Instant paidOutAt;
    private Long paidOutBy;

    protected JointSaleShare() {}

    public JointSaleShare(
            long offerId,
            long shopUserId,
            long partValue,
            long totalValue,
            long roundedDown,
            long remainder,
            boolean leftoverWon,
            long amount) {
        this.offerId = offerId;
        this.shopUserId = shopUserId;
        this.partValue = partValue;
        this.totalValue = totalValue;
        this.roundedDown = roundedDown;
        this.remainder = remainder;
        this.leftoverWon = leftoverWon;
        this.amount = amount;
    }

    /**
     * The leader paid the share to the shop (from the co-op's account or in cash); recorded once.
     */
    public void payOut(long by, Instant now) {
        if (paidOutAt != null) {
            throw new BusinessException("error.sale.paidOutAlready");
        }
        paidOutAt = now;
        paidOutBy = by;
    }

    public Instant getPaidOutAt() {
        return paidOutAt;
    }

    public long getOfferId() {
        return offerId;
    }

    public long getShopUserId() {
        return shopUserId;
    }

    public long getPartValue() {
        return partValue;
    }

    public long getTotalValue() {
        return totalValue;
    }

    public long getRoundedDown() {
        return roundedDown;
    }

    public long getRemainder() {
        return remainder;
    }

    public boolean isLeftoverWon() {
        return leftoverWon;
    }

    public long getAmount() {
        return amount;
    }
}
