package org.sangsaeng.governance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.coop.CoopAdministration;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.domain.CoopFounding;
import org.sangsaeng.governance.domain.CoopFoundings;
import org.sangsaeng.governance.domain.Founder;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merchants found a co-op (the {@code coop-founding} process): a merchant proposes it with at least
 * five founders and its first rules, every founder confirms (one decline ends it), the foundation
 * approves, and the co-op is created with its founders as members, who then elect their leader. The
 * proposer's proposal is their confirmation: they get no task to confirm it again.
 */
@Service
@Transactional
public class CoopFoundingService {

    public static final String PROCESS_ID = "coop-founding";
    static final String BUSINESS_KEY_PREFIX = PROCESS_ID + "-";

    private final CoopFoundings foundings;
    private final CoopAdministration coops;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final LeaderElectionService elections;
    private final NotificationService notifications;
    private final ProcessEngine engine;
    private final JsonMapper json;
    private final Clock clock;

    CoopFoundingService(
            CoopFoundings foundings,
            CoopAdministration coops,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            LeaderElectionService elections,
            NotificationService notifications,
            ProcessEngine engine,
            JsonMapper json,
            Clock clock) {
        this.foundings = foundings;
        this.coops = coops;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.elections = elections;
        this.notifications = notifications;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    /** Merchants to choose as founders, by name, username or shop; for a signed-in merchant. */
    @Transactional(readOnly = true)
    public List<MemberDirectory.Merchant> searchFounders(String text) {
        requireMerchant();
        return directory.searchMerchants(text, 20);
    }

    /**
     * A merchant proposes a co-op; every other founder gets a task to confirm or decline. Refused,
     * writing nothing, with fewer than five founders, a founder twice, a founder who is not a
     * merchant, or a name a co-op (or another open proposal) in that market already has.
     */
    public FoundingView propose(FoundingForm form) {
        CurrentUser me = requireMerchant();
        if (form == null || form.marketId() == null) {
            throw new InvalidInputException("error.admin.market.required");
        }
        String name = Texts.required(form.name(), 100, "error.founding.nameRequired");
        String purpose = Texts.required(form.purpose(), 1000, "error.founding.purposeRequired");
        if (form.rules() == null) {
            throw new InvalidInputException("error.rules.required");
        }
        List<Founder> founders =
                FoundingFounders.checked(form.founders(), me.username(), directory);
        coops.requireFoundable(form.marketId(), name);
        if (foundings.existsByMarketIdAndNameAndStateIn(
                form.marketId(),
                name,
                List.of(
                        FoundingState.CONFIRMING,
                        FoundingState.REVIEWING,
                        FoundingState.APPROVED))) {
            throw new BusinessException("error.admin.coop.duplicate", name);
        }
        CoopFounding founding =
                foundings.saveAndFlush(
                        new CoopFounding(
                                me.id(),
                                form.marketId(),
                                name,
                                purpose,
                                json.writeValueAsString(form.rules()),
                                founders,
                                clock.instant()));
        List<String> others = new ArrayList<>();
        Map<Long, MemberDirectory.Person> people =
                directory.people(founders.stream().map(Founder::getUserId).toList());
        founders.stream()
                .filter(f -> f.getUserId() != me.id())
                .forEach(f -> others.add(people.get(f.getUserId()).username()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("foundingId", founding.getId());
        variables.put("proposer", me.username());
        variables.put("founders", others);
        variables.put("declined", false);
        variables.put("confirmDue", due(form.rules()));
        founding.startedAs(
                engine.start(PROCESS_ID, BUSINESS_KEY_PREFIX + founding.getId(), variables));
        for (Founder f : founders) {
            if (f.getUserId() != me.id()) {
                notifications.send(
                        new Notice(
                                f.getUserId(),
                                Template.FOUNDING_INVITED,
                                Map.of("founding", name, "proposer", me.displayName()),
                                link(founding),
                                null,
                                false,
                                "founding-invited:" + founding.getId()));
            }
        }
        return view(founding);
    }

    /**
     * A founding the signed-in person proposed or is a founder of; the foundation sees every one.
     */
    @Transactional(readOnly = true)
    public FoundingView get(long foundingId) {
        CurrentUser me = currentUsers.require();
        CoopFounding f =
                foundings
                        .findById(foundingId)
                        .orElseThrow(
                                () -> new NotFoundException("error.founding.notFound", foundingId));
        if (!f.isFounder(me.id()) && !me.overseesAll()) {
            throw new NotFoundException("error.founding.notFound", foundingId);
        }
        return view(f);
    }

    /** The foundings the signed-in person is a founder of, newest first. */
    @Transactional(readOnly = true)
    public List<FoundingView> mine() {
        CurrentUser me = currentUsers.require();
        return foundings.findOfFounder(me.id()).stream().map(this::view).toList();
    }

    /**
     * A founder's answer (their confirm task's form): confirm, or decline with a reason. Only the
     * founder themself may answer, once, while the founding waits for its founders: {@code founder}
     * is whom the task asks, and nobody answers for another.
     */
    public void answer(long foundingId, String founder, boolean confirm, String reason) {
        CurrentUser me = currentUsers.require();
        if (!me.username().equals(founder)) {
            throw new AccessDeniedException("error.founding.notYourTask");
        }
        CoopFounding f = lock(foundingId);
        if (confirm) {
            f.confirm(me.id(), clock.instant());
        } else {
            f.decline(
                    me.id(),
                    Texts.required(reason, 1000, "error.founding.reasonRequired"),
                    clock.instant());
        }
    }

    /**
     * The foundation's review (its task's form): approve, or reject with a reason the founders
     * read.
     */
    public void review(long foundingId, boolean approve, String reason) {
        CurrentUser me = currentUsers.requireOverseer("error.founding.foundationOnly");
        CoopFounding f = lock(foundingId);
        if (approve) {
            f.approve(me.id(), clock.instant());
        } else {
            f.reject(
                    me.id(),
                    Texts.required(reason, 1000, "error.founding.reasonRequired"),
                    clock.instant());
        }
    }

    CoopFounding lock(long foundingId) {
        return foundings
                .findForUpdate(foundingId)
                .orElseThrow(() -> new NotFoundException("error.founding.notFound", foundingId));
    }

    RuleSet rules(CoopFounding f) {
        return json.readValue(f.getRules(), RuleSet.class);
    }

    String due(RuleSet rules) {
        return clock.instant()
                .plus(rules.decisionTime())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
    }

    static String link(CoopFounding f) {
        return "foundings/" + f.getId();
    }

    private CurrentUser requireMerchant() {
        CurrentUser me = currentUsers.require();
        if (me.overseesAll() || me.has(org.sangsaeng.membership.Role.SUPPLIER)) {
            throw new AccessDeniedException("error.founding.merchantsOnly");
        }
        return me;
    }

    FoundingView view(CoopFounding f) {
        List<Long> ids = new ArrayList<>(f.getFounders().stream().map(Founder::getUserId).toList());
        Map<Long, MemberDirectory.Person> people = directory.people(ids);
        MemberDirectory.Person proposer = people.get(f.getProposerId());
        List<FoundingView.FounderView> founders =
                f.getFounders().stream()
                        .map(
                                x ->
                                        new FoundingView.FounderView(
                                                people.get(x.getUserId()).username(),
                                                people.get(x.getUserId()).displayName(),
                                                x.getBusinessType(),
                                                x.getShopName(),
                                                x.getAnswer(),
                                                x.getReason(),
                                                x.getAnsweredAt()))
                        .toList();
        ElectionView election =
                f.getCoopId() == null ? null : elections.ofFounding(f.getId()).orElse(null);
        return new FoundingView(
                f.getId(),
                f.getMarketId(),
                f.getName(),
                f.getPurpose(),
                rules(f),
                f.getState(),
                f.getReason(),
                proposer.username(),
                proposer.displayName(),
                founders,
                f.getCoopId(),
                election,
                f.getCreatedAt(),
                f.getDecidedAt());
    }
}
