package org.sangsaeng.coop.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "coop")
public class Coop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "market_id")
    private Market market;

    private String name;
    private String description;
    private Instant createdAt;

    protected Coop() {}

    public Coop(Market market, String name, String description, Instant createdAt) {
        this.market = market;
        this.name = name;
        this.description = description;
        this.createdAt = createdAt;
    }

    /** A new name or description, as the foundation corrects or updates them. */
    public void change(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Market getMarket() {
        return market;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
