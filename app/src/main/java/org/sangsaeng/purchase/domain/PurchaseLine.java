package org.sangsaeng.purchase.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "purchase_line")
public class PurchaseLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_id")
    private Purchase purchase;

    private int lineNo;
    private String item;
    private String unit;
    private long unitPrice;
    private long packSize;
    private Long maxPerMember;
    private Long orderedPacks;
    private Long confirmedPacks;
    private Long confirmedUnitPrice;
    private Long catalogueItemId;

    protected PurchaseLine() {}

    PurchaseLine(
            Purchase purchase,
            int lineNo,
            String item,
            String unit,
            long unitPrice,
            long packSize,
            Long maxPerMember,
            Long catalogueItemId) {
        this.catalogueItemId = catalogueItemId;
        this.purchase = purchase;
        this.lineNo = lineNo;
        this.item = item;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.packSize = packSize;
        this.maxPerMember = maxPerMember;
    }

    public void ordered(long packs) {
        this.orderedPacks = packs;
    }

    public void confirmed(long packs, long unitPrice) {
        this.confirmedPacks = packs;
        this.confirmedUnitPrice = unitPrice;
    }

    /** The supplier's confirmation of this line was not taken: nothing is confirmed. */
    void unconfirmed() {
        this.confirmedPacks = null;
        this.confirmedUnitPrice = null;
    }

    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getItem() {
        return item;
    }

    public String getUnit() {
        return unit;
    }

    public long getUnitPrice() {
        return unitPrice;
    }

    public long getPackSize() {
        return packSize;
    }

    public Long getMaxPerMember() {
        return maxPerMember;
    }

    public Long getOrderedPacks() {
        return orderedPacks;
    }

    public Long getConfirmedPacks() {
        return confirmedPacks;
    }

    public Long getConfirmedUnitPrice() {
        return confirmedUnitPrice;
    }

    /** The catalogue item the line was copied from; null for a typed line. */
    public Long getCatalogueItemId() {
        return catalogueItemId;
    }
}
