package org.sangsaeng.sale.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A place and time span at which customers pick up their sets. */
@Entity
@Table(name = "joint_offer_slot")
public class JointOfferSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id")
    private JointOffer offer;

    private String place;
    private Instant startsAt;
    private Instant endsAt;

    protected JointOfferSlot() {}

    JointOfferSlot(JointOffer offer, String place, Instant startsAt, Instant endsAt) {
        this.offer = offer;
        this.place = place;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public Long getId() {
        return id;
    }

    public String getPlace() {
        return place;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
