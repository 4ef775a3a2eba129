package org.sangsaeng.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sangsaeng.membership.ApplicationStatus;
import org.sangsaeng.membership.BusinessType;

@Entity
@Table(name = "membership_application")
public class MembershipApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coop_id")
    private long coopId;

    @Column(name = "applicant_id")
    private long applicantId;

    @Enumerated(EnumType.STRING)
    private BusinessType businessType;

    private String shopName;
    private String message;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private String decisionReason;
    private String decidedBy;
    private Instant createdAt;
    private Instant decidedAt;
    private Long processInstanceKey;

    /**
     * 1 while pending, NULL once decided: lets a unique key allow one open application per co-op
     * and merchant.
     */
    private Byte openMarker;

    protected MembershipApplication() {}

    public MembershipApplication(
            long coopId,
            long applicantId,
            BusinessType businessType,
            String shopName,
            String message,
            Instant createdAt) {
        this.coopId = coopId;
        this.applicantId = applicantId;
        this.businessType = businessType;
        this.shopName = shopName;
        this.message = message;
        this.status = ApplicationStatus.PENDING;
        this.openMarker = (byte) 1;
        this.createdAt = createdAt;
    }

    public void startedAs(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    public void approve(String decidedBy, Instant at) {
        decide(ApplicationStatus.APPROVED, null, decidedBy, at);
    }

    public void reject(String reason, String decidedBy, Instant at) {
        decide(ApplicationStatus.REJECTED, reason, decidedBy, at);
    }

    private void decide(ApplicationStatus status, String reason, String decidedBy, Instant at) {
        this.status = status;
        this.decisionReason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
        this.openMarker = null;
    }

    public Long getId() {
        return id;
    }

    public long getCoopId() {
        return coopId;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    public String getShopName() {
        return shopName;
    }

    public String getMessage() {
        return message;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }
}
