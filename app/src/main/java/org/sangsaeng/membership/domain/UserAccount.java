package org.sangsaeng.membership.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.BusinessException;

// Only changed columns are written: notifications writes the contact columns of the same row.
@Entity
@DynamicUpdate
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String passwordHash;
    private String displayName;
    private String locale;
    private boolean enabled;
    private Instant sessionsValidFrom;
    private Instant createdAt;
    private String phone;
    private String email;
    private boolean mustChangePassword;
    private Instant deactivatedAt;
    private String deactivationReason;
    private Instant anonymisedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {}

    public UserAccount(
            String username,
            String passwordHash,
            String displayName,
            String locale,
            Set<Role> roles,
            Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.locale = locale;
        this.enabled = true;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    /**
     * An account made by the foundation or an admin: its temporary password must be changed at the
     * first sign-in.
     */
    public static UserAccount withTemporaryPassword(
            String username,
            String passwordHash,
            String displayName,
            String phone,
            String email,
            Set<Role> roles,
            Instant createdAt) {
        UserAccount account =
                new UserAccount(username, passwordHash, displayName, "ko", roles, createdAt);
        account.phone = phone;
        account.email = email;
        account.mustChangePassword = true;
        return account;
    }

    /**
     * A merchant's own account, made from an approved sign-up with the password they chose then.
     */
    public static UserAccount registered(
            String username,
            String passwordHash,
            String displayName,
            String phone,
            String email,
            String locale,
            Instant createdAt) {
        UserAccount account =
                new UserAccount(username, passwordHash, displayName, locale, Set.of(), createdAt);
        account.phone = phone;
        account.email = email;
        return account;
    }

    /** A new password (its hash): the sessions signed in before end with it. */
    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
        signOutEverywhere(now);
    }

    /**
     * A temporary password given by an admin: it must be changed at the next sign-in; every session
     * ends.
     */
    public void resetPassword(String temporaryHash, Instant now) {
        requireNotAnonymised();
        changePassword(temporaryHash, now);
        this.mustChangePassword = true;
    }

    /** Can no longer sign in; its web sessions end at their next request. */
    public void deactivate(String reason, Instant now) {
        requireNotAnonymised();
        if (!enabled) {
            throw new BusinessException("error.account.alreadyInactive", username);
        }
        this.enabled = false;
        this.deactivatedAt = now;
        this.deactivationReason = reason;
        signOutEverywhere(now);
    }

    public void reactivate() {
        requireNotAnonymised();
        if (enabled) {
            throw new BusinessException("error.account.alreadyActive", username);
        }
        this.enabled = true;
        this.deactivatedAt = null;
        this.deactivationReason = null;
    }

    /**
     * The roles given now. A role taken away ends the web sessions signed in before (they keep the
     * roles they were signed in with); a role only added waits for the next sign-in.
     */
    public void changeRoles(Set<Role> roles, Instant now) {
        requireNotAnonymised();
        if (!roles.containsAll(this.roles)) {
            signOutEverywhere(now);
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /**
     * The person left: nothing that names them stays (the row stays, so that their votes, ledger
     * rows and the audit trail keep pointing at it), and the account can never sign in again.
     */
    public void anonymise(
            String anonymousName, String displayName, String unusableHash, Instant now) {
        requireNotAnonymised();
        this.username = anonymousName;
        this.displayName = displayName;
        this.phone = null;
        this.email = null;
        this.passwordHash = unusableHash;
        this.mustChangePassword = false;
        this.roles.clear();
        this.enabled = false;
        this.deactivatedAt = this.deactivatedAt == null ? now : this.deactivatedAt;
        this.deactivationReason = null;
        this.anonymisedAt = now;
        signOutEverywhere(now);
    }

    private void requireNotAnonymised() {
        if (anonymisedAt != null) {
            throw new BusinessException("error.account.anonymised", id);
        }
    }

    /** Every web session signed in before now ends at its next request, on every app node. */
    public void signOutEverywhere(Instant now) {
        this.sessionsValidFrom = now;
    }

    /** Whether a web session signed in at this time may go on. */
    public boolean sessionValid(Instant signedInAt) {
        return enabled && (sessionsValidFrom == null || !signedInAt.isBefore(sessionsValidFrom));
    }

    public void changeLocale(String locale) {
        this.locale = locale;
    }

    public Long getId() {
        return id;
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

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public String getDeactivationReason() {
        return deactivationReason;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
