package org.sangsaeng.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.governance.domain.CoopRulesVersion;
import org.sangsaeng.governance.domain.CoopRulesVersions;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A co-op's rules, versioned. A new version comes only from a passed general proposal or from the
 * foundation; a flow pins the version it starts with and reads that version to its end.
 */
@Service
@Transactional
public class CoopRulesService {

    static final String DEFAULTS_NOTE = "defaults";

    private final CoopRulesVersions versions;
    private final CoopService coops;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final Clock clock;

    CoopRulesService(
            CoopRulesVersions versions,
            CoopService coops,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            Clock clock) {
        this.versions = versions;
        this.coops = coops;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.clock = clock;
    }

    /** The rules in force, for members of the co-op, the foundation and admins. */
    @Transactional(readOnly = true)
    public RulesVersion current(long coopId) {
        currentUsers.requireReaderOf(coopId);
        return versions.findFirstByCoopIdOrderByVersionDesc(coopId)
                .map(this::view)
                .orElseGet(() -> firstVersion(coopId));
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<RulesVersion> history(long coopId) {
        currentUsers.requireReaderOf(coopId);
        List<CoopRulesVersion> all = versions.findByCoopIdOrderByVersionDesc(coopId);
        if (all.isEmpty()) {
            return List.of(firstVersion(coopId));
        }
        Map<Long, String> names =
                directory.displayNames(
                        all.stream()
                                .map(CoopRulesVersion::getAdoptedBy)
                                .filter(Objects::nonNull)
                                .toList());
        return all.stream().map(v -> view(v, names)).toList();
    }

    /** For a flow that starts now: the version in force, stored so it stays what it is. */
    public RulesVersion pinCurrent(long coopId) {
        coops.get(coopId);
        var latest = versions.findFirstByCoopIdOrderByVersionDesc(coopId);
        if (latest.isPresent()) {
            return view(latest.get());
        }
        versions.insertFirstIfAbsent(
                new CoopRulesVersion(
                        coopId, 1, RuleSet.DEFAULTS, clock.instant(), null, null, DEFAULTS_NOTE));
        return view(versions.findByCoopIdAndVersion(coopId, 1).orElseThrow());
    }

    /** The rules of one version, for a flow that runs under it. */
    @Transactional(readOnly = true)
    public RuleSet version(long coopId, int version) {
        return versions.findByCoopIdAndVersion(coopId, version)
                .map(CoopRulesVersion::rules)
                .orElseGet(
                        () -> {
                            if (version == 1) {
                                return RuleSet.DEFAULTS;
                            }
                            throw new NotFoundException("error.rules.versionNotFound", version);
                        });
    }

    /**
     * When a decision or confirmation that falls to someone now is due under a flow's pinned rules
     * version (null: a flow from before co-op rules, the defaults); its reminder comes the
     * version's reminder lead earlier and its escalation at that time.
     */
    @Transactional(readOnly = true)
    public Instant decisionDue(long coopId, Integer version) {
        RuleSet rules = version == null ? RuleSet.DEFAULTS : version(coopId, version);
        return clock.instant().plus(rules.decisionTime()).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The foundation changes a co-op's rules; members read the reason in the history. */
    public RulesVersion change(long coopId, RulesChange change) {
        CurrentUser me = currentUsers.require();
        if (!me.has(Role.FOUNDATION)) {
            throw new AccessDeniedException("error.rules.changeOnlyByProposal");
        }
        if (change == null || change.rules() == null) {
            throw new InvalidInputException("error.rules.required");
        }
        String note = change.note() == null ? "" : change.note().trim();
        if (note.isEmpty() || note.length() > 500) {
            throw new InvalidInputException("error.rules.noteRequired");
        }
        return adopt(coopId, change.rules(), me.id(), null, note);
    }

    /**
     * A passed proposal's rules become the next version; a re-delivered job finds it already
     * adopted.
     */
    RulesVersion adoptPassed(long coopId, RuleSet rules, long proposalId) {
        return versions.findByCoopIdOrderByVersionDesc(coopId).stream()
                .filter(v -> Objects.equals(v.getProposalId(), proposalId))
                .findFirst()
                .map(this::view)
                .orElseGet(() -> adopt(coopId, rules, null, proposalId, null));
    }

    /**
     * A founded co-op's first rules, as its founders proposed them; a re-delivered job finds them
     * stored.
     */
    RulesVersion adoptFounding(long coopId, RuleSet rules, long proposerId, long foundingId) {
        versions.insertFirstIfAbsent(
                new CoopRulesVersion(
                        coopId,
                        1,
                        rules,
                        clock.instant(),
                        proposerId,
                        null,
                        "founding proposal #" + foundingId));
        return view(versions.findByCoopIdAndVersion(coopId, 1).orElseThrow());
    }

    private RulesVersion adopt(long coopId, RuleSet rules, Long by, Long proposalId, String note) {
        int latest = pinCurrent(coopId).version();
        CoopRulesVersion next =
                versions.saveAndFlush(
                        new CoopRulesVersion(
                                coopId, latest + 1, rules, clock.instant(), by, proposalId, note));
        return view(next);
    }

    private RulesVersion firstVersion(long coopId) {
        return new RulesVersion(coopId, 1, RuleSet.DEFAULTS, null, null, null, DEFAULTS_NOTE);
    }

    private RulesVersion view(CoopRulesVersion v) {
        return view(
                v,
                v.getAdoptedBy() == null
                        ? Map.of()
                        : directory.displayNames(List.of(v.getAdoptedBy())));
    }

    private RulesVersion view(CoopRulesVersion v, Map<Long, String> names) {
        return new RulesVersion(
                v.getCoopId(),
                v.getVersion(),
                v.rules(),
                v.getAdoptedAt(),
                v.getAdoptedBy() == null ? null : names.get(v.getAdoptedBy()),
                v.getProposalId(),
                v.getNote());
    }
}
