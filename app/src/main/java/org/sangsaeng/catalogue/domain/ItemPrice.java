package org.sangsaeng.catalogue.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One row of an item's price history; never changed once written. */
@Entity
@Table(name = "catalogue_price")
public class ItemPrice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private Item item;

    private long unitPrice;
    private LocalDate validFrom;
    private String setBy;
    private Instant setAt;

    protected ItemPrice() {}

    ItemPrice(Item item, long unitPrice, LocalDate validFrom, String setBy, Instant setAt) {
        this.item = item;
        this.unitPrice = unitPrice;
        this.validFrom = validFrom;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public Long getId() {
        return id;
    }

    public long getUnitPrice() {
        return unitPrice;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
