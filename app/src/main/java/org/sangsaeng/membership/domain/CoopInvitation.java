package org.sangsaeng.membership.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sangsaeng.shared.BusinessException;

/**
 * A leader's invitation to sign up and join their co-op: a link that works once and until it
 * expires.
 */
@Entity
@Table(name = "coop_invitation")
public class CoopInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long coopId;
    private long invitedBy;
    private String name;
    private String phone;
    private String email;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Long registrationId;

    protected CoopInvitation() {}

    public CoopInvitation(
            long coopId,
            long invitedBy,
            String name,
            String phone,
            String email,
            String tokenHash,
            Instant createdAt,
            Instant expiresAt) {
        if (phone == null && email == null) {
            throw new IllegalArgumentException(
                    "An invitation goes to a phone or an e-mail address");
        }
        this.coopId = coopId;
        this.invitedBy = invitedBy;
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Refuses a used or expired invitation, naming which. */
    public void requireOpen(Instant now) {
        if (usedAt != null) {
            throw new BusinessException("error.invitation.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException("error.invitation.expired");
        }
    }

    /** The invited merchant signed up with it: it opens nothing any more. */
    public void use(long registrationId, Instant now) {
        requireOpen(now);
        this.usedAt = now;
        this.registrationId = registrationId;
    }

    public Long getId() {
        return id;
    }

    public long getCoopId() {
        return coopId;
    }

    public long getInvitedBy() {
        return invitedBy;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
