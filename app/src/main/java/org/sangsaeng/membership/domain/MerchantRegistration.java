package org.sangsaeng.membership.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.RegistrationStatus;
import org.sangsaeng.shared.BusinessException;

/**
 * A merchant's own sign-up, waiting for the foundation. Its moves: approved (an account is made
 * from it), rejected with a reason, sent back for changes with a one-time link, revised by the
 * applicant, or expired when nobody revised it in time. Each move refuses to happen from the wrong
 * state.
 */
@Entity
@Table(name = "merchant_registration")
public class MerchantRegistration {

    /** What a person entered on the sign-up page, already checked. */
    public record Entry(
            String username,
            String passwordHash,
            String displayName,
            String shopName,
            BusinessType businessType,
            long marketId,
            String businessNumber,
            String phone,
            Instant phoneVerifiedAt,
            String email,
            String locale,
            String privacyNoticeVersion,
            Instant privacyConsentedAt) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private String username;
    private String passwordHash;
    private String displayName;
    private String shopName;

    @Enumerated(EnumType.STRING)
    private BusinessType businessType;

    private long marketId;
    private String businessNumber;
    private String phone;
    private Instant phoneVerifiedAt;
    private String email;
    private String locale;
    private String privacyNoticeVersion;
    private Instant privacyConsentedAt;
    private Long invitationId;
    private Long processInstanceKey;
    private int revisions;
    private String decisionReason;
    private String decidedBy;
    private Instant decidedAt;
    private String reviseTokenHash;
    private String reviseTokenKey;
    private Long accountId;
    private Instant createdAt;
    private Instant updatedAt;

    protected MerchantRegistration() {}

    public MerchantRegistration(Entry entry, Long invitationId, Instant now) {
        take(entry);
        this.invitationId = invitationId;
        this.status = RegistrationStatus.PENDING_REVIEW;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void startedAs(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    /** The foundation approved and the account {@code accountId} was made from it. */
    public void approve(long accountId, String by, Instant at) {
        require(RegistrationStatus.PENDING_REVIEW, "approve");
        this.accountId = accountId;
        decided(RegistrationStatus.APPROVED, null, by, at);
    }

    public void reject(String reason, String by, Instant at) {
        require(RegistrationStatus.PENDING_REVIEW, "reject");
        decided(RegistrationStatus.REJECTED, Objects.requireNonNull(reason), by, at);
    }

    /**
     * Sent back to the applicant with what to change and a new link (its hash); {@code key} names
     * the step that asked, so that the same step asking again changes nothing.
     */
    public void requestChanges(
            String changes, String by, Instant at, String tokenHash, String key) {
        require(RegistrationStatus.PENDING_REVIEW, "requestChanges");
        decided(RegistrationStatus.CHANGES_REQUESTED, Objects.requireNonNull(changes), by, at);
        newLink(tokenHash, key, at);
    }

    /**
     * A fresh link replaces the one sent before (the reminder sends it); the old one opens nothing
     * any more.
     */
    public void newLink(String tokenHash, String key, Instant at) {
        require(RegistrationStatus.CHANGES_REQUESTED, "newLink");
        this.reviseTokenHash = Objects.requireNonNull(tokenHash);
        this.reviseTokenKey = Objects.requireNonNull(key);
        this.updatedAt = at;
    }

    /**
     * The applicant corrected the registration through the link: it goes back to the foundation,
     * the link is spent.
     */
    public void revise(Entry entry, Instant at) {
        require(RegistrationStatus.CHANGES_REQUESTED, "revise");
        take(entry);
        this.status = RegistrationStatus.PENDING_REVIEW;
        this.reviseTokenHash = null;
        this.revisions++;
        this.updatedAt = at;
    }

    /** Nobody revised it in time. */
    public void expire(Instant at) {
        require(RegistrationStatus.CHANGES_REQUESTED, "expire");
        this.status = RegistrationStatus.EXPIRED;
        this.reviseTokenHash = null;
        this.updatedAt = at;
    }

    public boolean linkIssuedFor(String key) {
        return key.equals(reviseTokenKey);
    }

    private void take(Entry e) {
        this.username = e.username();
        this.passwordHash = e.passwordHash();
        this.displayName = e.displayName();
        this.shopName = e.shopName();
        this.businessType = e.businessType();
        this.marketId = e.marketId();
        this.businessNumber = e.businessNumber();
        this.phone = e.phone();
        this.phoneVerifiedAt = e.phoneVerifiedAt();
        this.email = e.email();
        this.locale = e.locale();
        this.privacyNoticeVersion = e.privacyNoticeVersion();
        this.privacyConsentedAt = e.privacyConsentedAt();
    }

    private void decided(RegistrationStatus to, String reason, String by, Instant at) {
        this.status = to;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
        this.updatedAt = at;
    }

    private void require(RegistrationStatus expected, String move) {
        if (status != expected) {
            throw new BusinessException("error.registration.state", move, status);
        }
    }

    public Long getId() {
        return id;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getShopName() {
        return shopName;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    public long getMarketId() {
        return marketId;
    }

    public String getBusinessNumber() {
        return businessNumber;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getPhoneVerifiedAt() {
        return phoneVerifiedAt;
    }

    public String getEmail() {
        return email;
    }

    public String getLocale() {
        return locale;
    }

    public String getPrivacyNoticeVersion() {
        return privacyNoticeVersion;
    }

    public Instant getPrivacyConsentedAt() {
        return privacyConsentedAt;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public int getRevisions() {
        return revisions;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
