package org.sangsaeng.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.membership.domain.CoopInvitation;
import org.sangsaeng.membership.domain.CoopInvitations;
import org.sangsaeng.membership.domain.MerchantRegistration;
import org.sangsaeng.membership.domain.MerchantRegistrations;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant signs up without an account: their details, a phone proven by an SMS code, the
 * username and password they want and their consent to the privacy notice. The sign-up starts the
 * {@code merchant-registration} process, in which the foundation approves it, rejects it or sends
 * it back through a one-time link to be revised here. Every refusal writes nothing but a wrong
 * code's try.
 */
@Service
@Transactional
public class MerchantSignUp {

    public static final String PROCESS_ID = "merchant-registration";
    static final String BUSINESS_KEY_PREFIX = PROCESS_ID + "-";

    /** The message a revision sends to the waiting process, correlated by the registration's id. */
    public static final String REVISED_MESSAGE = "registration-revised";

    /** How long the foundation has to review a sign-up; reminded a day before, escalated after. */
    static final Duration REVIEW_TIME = Duration.ofDays(3);

    static final Set<RegistrationStatus> OPEN =
            EnumSet.of(RegistrationStatus.PENDING_REVIEW, RegistrationStatus.CHANGES_REQUESTED);

    private final MerchantRegistrations registrations;
    private final CoopInvitations invitations;
    private final UserAccounts accounts;
    private final PhoneVerification phones;
    private final CoopService coops;
    private final ProcessEngine engine;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String noticeVersion;

    MerchantSignUp(
            MerchantRegistrations registrations,
            CoopInvitations invitations,
            UserAccounts accounts,
            PhoneVerification phones,
            CoopService coops,
            ProcessEngine engine,
            PasswordEncoder passwordEncoder,
            Clock clock,
            @Value("${sangsaeng.privacy-notice-version:2026-12-01}") String noticeVersion) {
        this.registrations = registrations;
        this.invitations = invitations;
        this.accounts = accounts;
        this.phones = phones;
        this.coops = coops;
        this.engine = engine;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.noticeVersion = noticeVersion;
    }

    /**
     * The version of the privacy notice a sign-up agrees to (its text is in the message bundle).
     */
    public String privacyNoticeVersion() {
        return noticeVersion;
    }

    @Transactional(readOnly = true)
    public List<MarketChoice> markets() {
        return coops.markets().stream()
                .map(m -> new MarketChoice(m.id(), m.name(), m.district()))
                .toList();
    }

    /** What a leader's invitation fills in; a used or expired one is refused by name. */
    @Transactional(readOnly = true)
    public SignUpPrefill invitation(String token) {
        CoopInvitation invitation = openInvitation(token);
        var coop = coops.get(invitation.getCoopId());
        return new SignUpPrefill(
                invitation.getName(),
                null,
                null,
                coop.marketId(),
                null,
                invitation.getPhone(),
                invitation.getEmail(),
                null,
                coop.name(),
                null);
    }

    /** What the revise link opens: the sign-up as it was (no password) and what to change. */
    @Transactional(readOnly = true)
    public SignUpPrefill revision(String token) {
        MerchantRegistration r = byLink(token);
        return new SignUpPrefill(
                r.getDisplayName(),
                r.getShopName(),
                r.getBusinessType(),
                r.getMarketId(),
                r.getBusinessNumber(),
                r.getPhone(),
                r.getEmail(),
                r.getUsername(),
                null,
                r.getDecisionReason());
    }

    /** Receives a sign-up and hands it to the foundation. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public RegistrationReceipt signUp(SignUpForm form, Locale locale) {
        RegistrationInput.Checked checked = RegistrationInput.check(form, coops);
        PasswordPolicy.check(form.password(), checked.username());
        CoopInvitation invitation =
                form.invitation() == null || form.invitation().isBlank()
                        ? null
                        : openInvitation(form.invitation());
        requireFree(checked, 0L);
        // Last, so that any other refusal leaves the code as it was; a wrong code counts a try.
        Instant verified = phones.verify(checked.phone(), form.phoneCode());
        Instant now = clock.instant();
        MerchantRegistration registration =
                registrations.saveAndFlush(
                        new MerchantRegistration(
                                RegistrationInput.entry(
                                        checked,
                                        passwordEncoder.encode(form.password()),
                                        verified,
                                        locale,
                                        noticeVersion,
                                        now),
                                invitation == null ? null : invitation.getId(),
                                now));
        if (invitation != null) {
            invitation.use(registration.getId(), now);
        }
        // Started inside the transaction: if the engine refuses, nothing is stored.
        long instance =
                engine.start(
                        PROCESS_ID,
                        BUSINESS_KEY_PREFIX + registration.getId(),
                        Map.of("registrationId", registration.getId(), "reviewDue", reviewDue()));
        registration.startedAs(instance);
        return new RegistrationReceipt(
                registration.getId(), registration.getUsername(), registration.getStatus());
    }

    /**
     * The applicant's corrections through the link the foundation sent: refused exactly as a
     * sign-up is; a blank password keeps the one chosen before, a changed phone needs a new code.
     * The registration goes back to the foundation and the link is spent.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public RegistrationReceipt revise(String token, SignUpForm form, Locale locale) {
        MerchantRegistration registration = byLink(token);
        RegistrationInput.Checked checked = RegistrationInput.check(form, coops);
        boolean keepPassword = form.password() == null || form.password().isEmpty();
        if (!keepPassword) {
            PasswordPolicy.check(form.password(), checked.username());
        }
        requireFree(checked, registration.getId());
        Instant verified =
                checked.phone().equals(registration.getPhone())
                        ? registration.getPhoneVerifiedAt()
                        : phones.verify(checked.phone(), form.phoneCode());
        Instant now = clock.instant();
        String hash =
                keepPassword
                        ? registration.getPasswordHash()
                        : passwordEncoder.encode(form.password());
        registration.revise(
                RegistrationInput.entry(checked, hash, verified, locale, noticeVersion, now), now);
        registrations.flush();
        engine.publishMessage(
                REVISED_MESSAGE,
                String.valueOf(registration.getId()),
                REVISED_MESSAGE + "-" + registration.getId() + "-" + registration.getRevisions(),
                Duration.ofDays(1),
                Map.of("reviewDue", reviewDue()));
        return new RegistrationReceipt(
                registration.getId(), registration.getUsername(), registration.getStatus());
    }

    private void requireFree(RegistrationInput.Checked c, long self) {
        if (accounts.findByUsername(c.username()).isPresent()) {
            throw new BusinessException("error.account.exists", c.username());
        }
        if (registrations.existsByUsernameAndStatusInAndIdNot(c.username(), OPEN, self)) {
            throw new BusinessException("error.registration.usernamePending", c.username());
        }
        if (accounts.existsByPhoneIn(List.of(c.phone(), c.phone().replace("-", "")))) {
            throw new BusinessException("error.account.phoneExists", c.phone());
        }
        if (registrations.existsByPhoneAndStatusInAndIdNot(c.phone(), OPEN, self)) {
            throw new BusinessException("error.registration.phonePending", c.phone());
        }
    }

    private CoopInvitation openInvitation(String token) {
        CoopInvitation invitation =
                invitations
                        .findByTokenHash(LinkTokens.hash(token))
                        .orElseThrow(() -> new BusinessException("error.invitation.unknown"));
        invitation.requireOpen(clock.instant());
        return invitation;
    }

    private MerchantRegistration byLink(String token) {
        return registrations
                .findByReviseTokenHash(LinkTokens.hash(token))
                .filter(r -> r.getStatus() == RegistrationStatus.CHANGES_REQUESTED)
                .orElseThrow(() -> new BusinessException("error.registration.linkInvalid"));
    }

    private String reviewDue() {
        return clock.instant().plus(REVIEW_TIME).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
