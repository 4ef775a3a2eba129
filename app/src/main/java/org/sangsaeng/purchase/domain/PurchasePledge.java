package org.sangsaeng.purchase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "purchase_pledge")
public class PurchasePledge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_id")
    private long lineId;

    private long memberId;
    private long quantity;
    private long tolerance;
    private Instant pledgedAt;
    private Long firmUnits;
    private Long toleranceUnits;

    protected PurchasePledge() {}

    public PurchasePledge(
            long lineId, long memberId, long quantity, long tolerance, Instant pledgedAt) {
        this.lineId = lineId;
        this.memberId = memberId;
        change(quantity, tolerance, pledgedAt);
    }

    /**
     * First come, first served: asking for more queues again from the time of the change (nobody
     * jumps the queue by raising later); asking for less keeps the place.
     */
    public void change(long quantity, long tolerance, Instant at) {
        if (pledgedAt == null || quantity > this.quantity || tolerance > this.tolerance) {
            this.pledgedAt = at;
        }
        this.quantity = quantity;
        this.tolerance = tolerance;
    }

    public void allocated(long firm, long tolerance) {
        this.firmUnits = firm;
        this.toleranceUnits = tolerance;
    }

    public Long getId() {
        return id;
    }

    public long getLineId() {
        return lineId;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getQuantity() {
        return quantity;
    }

    public long getTolerance() {
        return tolerance;
    }

    public Instant getPledgedAt() {
        return pledgedAt;
    }

    public Long getFirmUnits() {
        return firmUnits;
    }

    public Long getToleranceUnits() {
        return toleranceUnits;
    }
}
