package org.sangsaeng.governance;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.domain.LeaderElection;
import org.sangsaeng.governance.domain.LeaderElections;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Texts;
import org.sangsaeng.voting.VoteService;
import org.sangsaeng.voting.VoteView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members elect their leader (the {@code leader-election} process): a member vote among the members
 * who stand; a single winner with a quorum leads, otherwise the foundation appoints one of the
 * candidates with a reason. A new co-op's founding starts one; a co-op's leader or the foundation
 * starts one for an existing co-op.
 */
@Service
@Transactional
public class LeaderElectionService {

    public static final String PROCESS_ID = "leader-election";
    static final String BUSINESS_KEY_PREFIX = PROCESS_ID + "-";

    private final LeaderElections elections;
    private final CoopService coops;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final VoteService votes;
    private final ProcessEngine engine;
    private final Clock clock;

    LeaderElectionService(
            LeaderElections elections,
            CoopService coops,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            VoteService votes,
            ProcessEngine engine,
            Clock clock) {
        this.elections = elections;
        this.coops = coops;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.votes = votes;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * The co-op's leader or the foundation calls an election among the members who stand, closing
     * at the deadline. Refused, writing nothing, when a candidate is not an active member (or named
     * twice) or the deadline has passed.
     */
    public ElectionView start(long coopId, ElectionForm form) {
        coops.get(coopId);
        CurrentUser me = currentUsers.require();
        if (!me.oversees(coopId)) {
            throw new AccessDeniedException("error.election.leaderOrFoundationOnly");
        }
        if (form == null || form.deadline() == null || !form.deadline().isAfter(clock.instant())) {
            throw new InvalidInputException("error.vote.deadlinePast");
        }
        List<String> candidates = checkedCandidates(coopId, form.candidates());
        LeaderElection election =
                elections.saveAndFlush(
                        new LeaderElection(
                                coopId,
                                null,
                                me.id(),
                                form.deadline().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                                candidates,
                                clock.instant()));
        engine.start(
                PROCESS_ID,
                BUSINESS_KEY_PREFIX + election.getId(),
                Map.of("electionId", election.getId(), "coopId", coopId));
        return view(election);
    }

    @Transactional(readOnly = true)
    public ElectionView get(long electionId) {
        LeaderElection e = find(electionId);
        currentUsers.requireReaderOf(e.getCoopId());
        return view(e);
    }

    /** The co-op's elections, newest first. */
    @Transactional(readOnly = true)
    public List<ElectionView> ofCoop(long coopId) {
        currentUsers.requireReaderOf(coopId);
        return elections.findByCoopIdOrderByIdDesc(coopId).stream().map(this::view).toList();
    }

    /** The election a founding started, if it has started one (for the founding's page). */
    @Transactional(readOnly = true)
    public Optional<ElectionView> ofFounding(long foundingId) {
        return elections.findByFoundingId(foundingId).map(this::view);
    }

    /**
     * The foundation chooses the leader after a tie or without a quorum (its task's form): one of
     * the candidates, with a reason members read.
     */
    public void appoint(long electionId, String candidate, String reason) {
        CurrentUser me = currentUsers.requireOverseer("error.leader.foundationOnly");
        LeaderElection e =
                elections
                        .findForUpdate(electionId)
                        .orElseThrow(
                                () -> new NotFoundException("error.election.notFound", electionId));
        String why = Texts.required(reason, 500, "error.leader.reasonRequired");
        String username = candidate == null ? "" : candidate.strip();
        e.appoint(
                username,
                directory
                        .userIdOf(username)
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "error.election.notCandidate", username)),
                me.id(),
                why,
                clock.instant());
    }

    List<String> checkedCandidates(long coopId, List<String> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            throw new InvalidInputException("error.election.candidatesRequired");
        }
        Set<String> members =
                new HashSet<>(
                        directory.activeMembers(coopId).stream()
                                .map(MemberDirectory.Member::username)
                                .toList());
        Set<String> seen = new HashSet<>();
        for (String c : candidates) {
            if (!seen.add(c)) {
                throw new InvalidInputException("error.election.duplicateCandidate");
            }
            if (!members.contains(c)) {
                throw new InvalidInputException(
                        "error.election.candidateNotMember", String.valueOf(c));
            }
        }
        return List.copyOf(candidates);
    }

    String coopName(long coopId) {
        return coops.get(coopId).name();
    }

    LeaderElection find(long electionId) {
        return elections
                .findById(electionId)
                .orElseThrow(() -> new NotFoundException("error.election.notFound", electionId));
    }

    private ElectionView view(LeaderElection e) {
        MemberDirectory.Person leader =
                e.getLeaderId() == null ? null : directory.person(e.getLeaderId());
        Long voteId = null;
        try {
            voteId =
                    votes.forSubject(BUSINESS_KEY_PREFIX + e.getId())
                            .map(VoteView::id)
                            .orElse(null);
        } catch (NotFoundException | AccessDeniedException hidden) {
            // Not theirs to read: the election shows without its vote.
        }
        return new ElectionView(
                e.getId(),
                e.getCoopId(),
                e.candidates(),
                e.getDeadline(),
                e.getState(),
                leader == null ? null : leader.username(),
                leader == null ? null : leader.displayName(),
                e.getReason(),
                voteId);
    }
}
