package org.sangsaeng.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.membership.domain.Membership;
import org.sangsaeng.membership.domain.MembershipApplication;
import org.sangsaeng.membership.domain.MembershipApplications;
import org.sangsaeng.membership.domain.Memberships;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applications to join a co-op and the memberships they lead to. */
@Service
@Transactional
public class MembershipService {

    public static final String PROCESS_ID = "membership-application";
    static final String BUSINESS_KEY_PREFIX = PROCESS_ID + "-";

    /** How long leaders have to review an application; reminded a day before, escalated after. */
    static final Duration REVIEW_TIME = Duration.ofDays(3);

    private final MembershipApplications applications;
    private final Memberships memberships;
    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;
    private final CoopService coops;
    private final ProcessEngine engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MembershipService(
            MembershipApplications applications,
            Memberships memberships,
            UserAccounts accounts,
            CurrentUsers currentUsers,
            CoopService coops,
            ProcessEngine engine,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.coops = coops;
        this.engine = engine;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in merchant applies to join a co-op; its leaders get a review task. */
    public ApplicationView apply(long coopId, MembershipApplicationForm form) {
        CurrentUser me = currentUsers.require();
        return applyAs(me, coopId, form);
    }

    ApplicationView applyAs(CurrentUser me, long coopId, MembershipApplicationForm form) {
        coops.get(coopId);
        validate(form);
        if (me.isMemberOf(coopId)) {
            throw new BusinessException("error.application.alreadyMember");
        }
        if (applications.existsByCoopIdAndApplicantIdAndStatus(
                coopId, me.id(), ApplicationStatus.PENDING)) {
            throw new BusinessException("error.application.alreadyPending");
        }
        MembershipApplication application =
                applications.saveAndFlush(
                        new MembershipApplication(
                                coopId,
                                me.id(),
                                form.businessType(),
                                form.shopName().trim(),
                                form.message() == null ? "" : form.message().trim(),
                                clock.instant()));
        // Started inside the transaction: if the engine refuses, nothing is stored. If the commit
        // fails after the start, the worker finds no application and the process ends in an
        // incident.
        long instance =
                engine.start(
                        PROCESS_ID,
                        BUSINESS_KEY_PREFIX + application.getId(),
                        Map.of(
                                "applicationId", application.getId(),
                                "coopId", coopId,
                                "applicant", me.username(),
                                "reviewDue",
                                        clock.instant()
                                                .plus(REVIEW_TIME)
                                                .truncatedTo(ChronoUnit.SECONDS)
                                                .toString()));
        application.startedAs(instance);
        return view(application);
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> myApplications() {
        CurrentUser me = currentUsers.require();
        return applications.findByApplicantIdOrderByCreatedAtDesc(me.id()).stream()
                .map(this::view)
                .toList();
    }

    /** The applicant, the co-op's leaders and the foundation may read an application. */
    @Transactional(readOnly = true)
    public ApplicationView get(long applicationId) {
        CurrentUser me = currentUsers.require();
        MembershipApplication application = find(applicationId);
        boolean allowed =
                application.getApplicantId() == me.id() || me.oversees(application.getCoopId());
        if (!allowed) {
            throw new NotFoundException("error.application.notFound", applicationId);
        }
        return view(application);
    }

    /** The active members of a co-op, for its members and the foundation. */
    @Transactional(readOnly = true)
    public List<MemberView> members(long coopId) {
        CurrentUser me = currentUsers.require();
        if (!me.mayRead(coopId)) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        return memberships
                .findByCoopIdAndStatusOrderByJoinedAt(coopId, Membership.Status.ACTIVE)
                .stream()
                .map(
                        m -> {
                            UserAccount a = accounts.findById(m.getUserId()).orElseThrow();
                            return new MemberView(
                                    a.getUsername(),
                                    a.getDisplayName(),
                                    m.getBusinessType(),
                                    m.getShopName(),
                                    m.getRole() == Membership.MembershipRole.LEADER,
                                    m.getJoinedAt());
                        })
                .toList();
    }

    /**
     * Called by the process after a leader approved; safe to call again (at-least-once delivery).
     */
    public void approve(long applicationId, String decidedBy) {
        MembershipApplication application = find(applicationId);
        if (application.getStatus() == ApplicationStatus.APPROVED) {
            return;
        }
        application.approve(decidedBy, clock.instant());
        if (!memberships.existsByCoopIdAndUserId(
                application.getCoopId(), application.getApplicantId())) {
            memberships.save(
                    new Membership(
                            application.getCoopId(),
                            application.getApplicantId(),
                            Membership.MembershipRole.MEMBER,
                            application.getBusinessType(),
                            application.getShopName(),
                            clock.instant()));
        }
        events.publishEvent(
                new ApplicationDecided(
                        applicationId,
                        application.getCoopId(),
                        application.getApplicantId(),
                        ApplicationStatus.APPROVED,
                        null));
    }

    /** Called by the process after a leader rejected; safe to call again. */
    public void reject(long applicationId, String reason, String decidedBy) {
        MembershipApplication application = find(applicationId);
        if (application.getStatus() == ApplicationStatus.REJECTED) {
            return;
        }
        application.reject(requireReason(reason), decidedBy, clock.instant());
        events.publishEvent(
                new ApplicationDecided(
                        applicationId,
                        application.getCoopId(),
                        application.getApplicantId(),
                        ApplicationStatus.REJECTED,
                        application.getDecisionReason()));
    }

    /** A rejection needs a reason the applicant can read. */
    public static String requireReason(Object reason) {
        return Texts.required(
                reason == null ? null : reason.toString(),
                1000,
                "error.application.reasonRequired");
    }

    static void validate(MembershipApplicationForm form) {
        if (form == null || form.businessType() == null) {
            throw new InvalidInputException("error.application.businessTypeRequired");
        }
        if (form.shopName() == null || form.shopName().isBlank()) {
            throw new InvalidInputException("error.application.shopNameRequired");
        }
        if (form.shopName().trim().length() > 100) {
            throw new InvalidInputException("error.text.tooLong", 100);
        }
        if (form.message() != null && form.message().trim().length() > 1000) {
            throw new InvalidInputException("error.text.tooLong", 1000);
        }
    }

    private MembershipApplication find(long applicationId) {
        return applications
                .findById(applicationId)
                .orElseThrow(
                        () -> new NotFoundException("error.application.notFound", applicationId));
    }

    private ApplicationView view(MembershipApplication a) {
        UserAccount applicant = accounts.findById(a.getApplicantId()).orElseThrow();
        return new ApplicationView(
                a.getId(),
                a.getCoopId(),
                coops.get(a.getCoopId()).name(),
                applicant.getUsername(),
                applicant.getDisplayName(),
                a.getBusinessType(),
                a.getShopName(),
                a.getMessage(),
                a.getStatus(),
                a.getDecisionReason(),
                a.getCreatedAt(),
                a.getDecidedAt());
    }
}
