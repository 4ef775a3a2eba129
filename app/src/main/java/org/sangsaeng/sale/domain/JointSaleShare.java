package org.sangsaeng.sale.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected JointSaleShare() {
    }

    public JointSaleShare(long offerId, long shopUserId, long partValue, long totalValue, long roundedDown,
                          long remainder, boolean leftoverWon, long amount) {
        this.offerId = offerId;
        this.shopUserId = shopUserId;
        this.partValue = partValue;
        this.totalValue = totalValue;
        this.roundedDown = roundedDown;
        this.remainder = remainder;
        this.leftoverWon = leftoverWon;
        this.amount = amount;
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
