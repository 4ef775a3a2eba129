package org.sangsaeng.coupons.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "regular_customer")
public class RegularCustomer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ownerId;
    private String name;
    private String phone;
    private LocalDate consentOn;
    private String consentText;
    private String tags;
    private String optOutToken;
    private Instant optedOutAt;
    private Instant createdAt;

    protected RegularCustomer() {}

    public RegularCustomer(
            long ownerId,
            String name,
            String phone,
            LocalDate consentOn,
            String consentText,
            String tags,
            String optOutToken,
            Instant createdAt) {
        this.ownerId = ownerId;
        this.name = name;
        this.phone = phone;
        this.consentOn = consentOn;
        this.consentText = consentText;
        this.tags = tags;
        this.optOutToken = optOutToken;
        this.createdAt = createdAt;
    }

    public void optOut(Instant at) {
        if (optedOutAt == null) {
            optedOutAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public String getConsentText() {
        return consentText;
    }

    public String getTags() {
        return tags;
    }

    public String getOptOutToken() {
        return optOutToken;
    }

    public Instant getOptedOutAt() {
        return optedOutAt;
    }
}
