package org.sangsaeng.purchase.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "purchase_bill")
public class PurchaseBill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long purchaseId;
    private long memberId;
    private long goods;
    private long sharedCosts;
    private long total;
    private long paid;
    private String breakdown;
    private Instant dueAt;
    private Instant paidAt;
    private String confirmedBy;

    protected PurchaseBill() {}

    public PurchaseBill(
            long purchaseId,
            long memberId,
            long goods,
            long sharedCosts,
            String breakdown,
            Instant dueAt) {
        this.purchaseId = purchaseId;
        this.memberId = memberId;
        this.goods = goods;
        this.sharedCosts = sharedCosts;
        this.total = goods + sharedCosts;
        this.breakdown = breakdown;
        this.dueAt = dueAt;
    }

    /** The leader records money received; several partial payments add up to the total at most. */
    public void received(long amount, String by, Instant at) {
        this.paid = Math.addExact(paid, amount);
        this.confirmedBy = by;
        if (paid >= total) {
            this.paidAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getPurchaseId() {
        return purchaseId;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getGoods() {
        return goods;
    }

    public long getSharedCosts() {
        return sharedCosts;
    }

    public long getTotal() {
        return total;
    }

    public long getPaid() {
        return paid;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
