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
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.sangsaeng.membership.Role;

@Entity
@Table(name = "app_user")
public class UserAccount {

    /** Wrong passwords in a row that lock the account. */
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private String locale;
    private boolean enabled;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant sessionsValidFrom;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, String locale, Set<Role> roles,
                       Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.locale = locale;
        this.enabled = true;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; the fifth in a row locks the account for a while. */
    public void recordFailedSignIn(Instant now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
        }
    }

    public void recordSuccessfulSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** A new password (its hash): the lock of failed sign-ins ends with it, and so do the sessions signed in before. */
    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        signOutEverywhere(now);
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

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Set<Role> getRoles() {
        return roles;
    }
}
