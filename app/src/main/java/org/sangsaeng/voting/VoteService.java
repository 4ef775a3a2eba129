package org.sangsaeng.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.TaskAnsweredElsewhere;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.voting.domain.Vote;
import org.sangsaeng.voting.domain.Votes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Opens, records and closes member votes; the member-vote process calls it. */
@Service
@Transactional
public class VoteService {

    private final Votes votes;
    private final Elections elections;
    private final MemberDirectory directory;
    private final CurrentUsers currentUsers;
    private final CoopService coops;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoteService(
            Votes votes,
            Elections elections,
            MemberDirectory directory,
            CurrentUsers currentUsers,
            CoopService coops,
            ApplicationEventPublisher events,
            Clock clock) {
        this.votes = votes;
        this.elections = elections;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.coops = coops;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a vote with the co-op's active members of this moment as its electorate. Opening the
     * same subject again (a re-delivered job) returns the vote already open. With candidates, each
     * must be one of the electorate; the ballot then names one of them (or abstains).
     */
    public VoteOpened open(OpenVote request) {
        var existing = votes.findBySubjectKey(request.subjectKey());
        if (existing.isPresent()) {
            return new VoteOpened(
                    existing.get().getId(), votes.electorateUsernames(existing.get().getId()));
        }
        coops.get(request.coopId());
        String title = request.title() == null ? "" : request.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("error.vote.title");
        }
        if (request.deadline() == null || !request.deadline().isAfter(clock.instant())) {
            throw new InvalidInputException("error.vote.deadlinePast");
        }
        List<MemberDirectory.Member> electorate = directory.activeMembers(request.coopId());
        List<Long> candidates = elections.candidateIds(request.candidates(), electorate);
        Vote vote =
                votes.saveAndFlush(
                        new Vote(
                                request.subjectKey(),
                                request.coopId(),
                                title,
                                request.deadline(),
                                request.rules(),
                                electorate.size(),
                                clock.instant()));
        votes.addVoters(vote.getId(), electorate.stream().map(MemberDirectory.Member::id).toList());
        elections.store(vote.getId(), candidates);
        return new VoteOpened(
                vote.getId(), electorate.stream().map(MemberDirectory.Member::username).toList());
    }

    /**
     * The signed-in member votes, or changes their vote, while the vote is open. The latest counts;
     * earlier ones stay in the history. A vote task the member still has open is completed with it
     * (the ballot is theirs already), so the task list and the reminders leave them alone.
     */
    // Read committed: no gap locks on the ballots, which many members' inserts would deadlock on;
    // the locks taken below are what keeps one member's ballots and the closing in order.
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public VoteDetails cast(long voteId, Choice choice, String reason) {
        CurrentUser me = currentUsers.require();
        Vote vote = record(me, voteId, choice, null, reason);
        events.publishEvent(
                new TaskAnsweredElsewhere(
                        vote.getSubjectKey(), FormKey.MEMBER_VOTE.key(), me.username()));
        return view(vote, me);
    }

    /**
     * In an election: the signed-in member votes for a candidate (by username), or changes their
     * vote, as {@link #cast} does; abstaining goes through {@link #cast} with ABSTAIN.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public VoteDetails castFor(long voteId, String candidate) {
        CurrentUser me = currentUsers.require();
        Vote vote = record(me, voteId, null, candidate, null);
        events.publishEvent(
                new TaskAnsweredElsewhere(
                        vote.getSubjectKey(), FormKey.MEMBER_VOTE.key(), me.username()));
        return view(vote, me);
    }

    /**
     * {@link #cast} (or {@link #castFor} when {@code candidate} is given) from the vote task's own
     * form: the inbox completes that task, and the vote's standing is not read back.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void castBallot(long voteId, Choice choice, String candidate, String reason) {
        record(
                currentUsers.require(),
                voteId,
                candidate == null ? choice : null,
                candidate,
                reason);
    }

    private Vote record(
            CurrentUser me, long voteId, Choice choice, String candidate, String reason) {
        Vote vote =
                votes.findForBallot(voteId)
                        .orElseThrow(() -> new NotFoundException("error.vote.notFound", voteId));
        if (votes.lockVoter(voteId, me.id()) == 0) {
            throw new AccessDeniedException("error.vote.notInElectorate");
        }
        if (!vote.isOpen() || !clock.instant().isBefore(vote.getDeadline())) {
            throw new BusinessException("error.vote.closed");
        }
        boolean election = !votes.candidateIds(voteId).isEmpty();
        Long candidateId = null;
        if (candidate != null) {
            if (!election) {
                throw new InvalidInputException("error.election.notAnElection");
            }
            candidateId = elections.candidate(voteId, candidate);
        } else if (choice == null) {
            throw new InvalidInputException("error.vote.choiceRequired");
        } else if (election && choice != Choice.ABSTAIN) {
            throw new InvalidInputException("error.election.candidateRequired");
        }
        String text = reason == null ? null : reason.trim();
        if (text != null && text.length() > 1000) {
            throw new InvalidInputException("error.text.tooLong", 1000);
        }
        if (choice == Choice.NO
                && vote.rules().reasonRequiredForNo()
                && (text == null || text.isEmpty())) {
            throw new InvalidInputException("error.vote.reasonRequired");
        }
        votes.replaceCurrent(voteId, me.id());
        votes.addBallot(
                voteId,
                me.id(),
                candidateId != null ? Votes.CANDIDATE : choice.name(),
                candidateId,
                text == null || text.isEmpty() ? null : text,
                clock.instant());
        return vote;
    }

    /**
     * The member's ballot from their vote task was not taken (the engine had ended the task): it no
     * longer counts, if the vote has not been counted yet. It stays in the history. False when the
     * vote was closed with it already, so the ballot counted and stands.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean withdrawBallot(long voteId, String username) {
        // The vote's lock orders this with the closing: either the count sees the ballot or not.
        Vote vote =
                votes.findForUpdate(voteId)
                        .orElseThrow(() -> new NotFoundException("error.vote.notFound", voteId));
        if (!vote.isOpen()) {
            return false;
        }
        votes.replaceCurrent(voteId, directory.userId(username));
        return true;
    }

    @Transactional(readOnly = true)
    public VoteDetails get(long voteId) {
        CurrentUser me = currentUsers.require();
        Vote vote =
                votes.findById(voteId)
                        .orElseThrow(() -> new NotFoundException("error.vote.notFound", voteId));
        if (!me.mayRead(vote.getCoopId()) && votes.isVoter(voteId, me.id()) == 0) {
            throw new NotFoundException("error.vote.notFound", voteId);
        }
        return view(vote, me);
    }

    /**
     * The vote a flow opened for its subject (business key), if it has opened one, as the caller
     * may see it.
     */
    @Transactional(readOnly = true)
    public Optional<VoteDetails> forSubject(String subjectKey) {
        return votes.findBySubjectKey(subjectKey).map(v -> get(v.getId()));
    }

    /** Closes the vote and stores its result; closing again returns the same result. */
    public VoteClosed close(long voteId) {
        Vote vote =
                votes.findForUpdate(voteId)
                        .orElseThrow(() -> new NotFoundException("error.vote.notFound", voteId));
        boolean election = !votes.candidateIds(voteId).isEmpty();
        Elections.Count tally = election ? elections.count(voteId) : null;
        if (vote.isOpen()) {
            Map<Choice, Integer> counts = counts(voteId);
            if (election) {
                Outcome outcome =
                        vote.rules()
                                .elect(
                                        vote.getElectorateSize(),
                                        tally.total(),
                                        counts.get(Choice.ABSTAIN),
                                        tally.winner() != null);
                vote.close(
                        outcome,
                        0,
                        0,
                        counts.get(Choice.ABSTAIN),
                        outcome == Outcome.PASSED ? tally.winner() : null,
                        clock.instant());
            } else {
                Outcome outcome =
                        vote.rules()
                                .decide(
                                        vote.getElectorateSize(),
                                        counts.get(Choice.YES),
                                        counts.get(Choice.NO),
                                        counts.get(Choice.ABSTAIN));
                vote.close(
                        outcome,
                        counts.get(Choice.YES),
                        counts.get(Choice.NO),
                        counts.get(Choice.ABSTAIN),
                        clock.instant());
            }
        }
        VoteClosed closed =
                new VoteClosed(
                        vote.getId(),
                        vote.getSubjectKey(),
                        vote.getOutcome(),
                        vote.getYesCount(),
                        vote.getNoCount(),
                        vote.getAbstainCount(),
                        vote.getElectorateSize(),
                        elections.username(vote.getElectedId()),
                        election ? elections.byUsername(tally) : Map.of());
        events.publishEvent(closed);
        return closed;
    }

    private Map<Choice, Integer> counts(long voteId) {
        Map<Choice, Integer> counts = new EnumMap<>(Choice.class);
        for (Choice c : Choice.values()) {
            counts.put(c, 0);
        }
        votes.currentCounts(voteId).stream()
                .filter(c -> !Votes.CANDIDATE.equals(c.getChoice()))
                .forEach(c -> counts.put(Choice.valueOf(c.getChoice()), c.getVotes()));
        return counts;
    }

    private VoteDetails view(Vote vote, CurrentUser me) {
        Map<Choice, Integer> counts = counts(vote.getId());
        List<Candidate> candidates =
                elections.candidates(vote.getId(), vote.getCoopId(), !vote.isOpen());
        int voted =
                counts.values().stream().mapToInt(Integer::intValue).sum()
                        + (candidates.isEmpty() ? 0 : elections.count(vote.getId()).total());
        Instant now = clock.instant();
        boolean open = vote.isOpen() && now.isBefore(vote.getDeadline());
        Choice mine =
                votes.currentChoice(vote.getId(), me.id())
                        .filter(c -> !Votes.CANDIDATE.equals(c))
                        .map(Choice::valueOf)
                        .orElse(null);
        String myCandidate =
                votes.currentCandidate(vote.getId(), me.id()).map(elections::username).orElse(null);
        boolean showCounts = !vote.isOpen();
        return new VoteDetails(
                vote.getId(),
                vote.getCoopId(),
                vote.getTitle(),
                vote.getDeadline(),
                open,
                vote.getElectorateSize(),
                voted,
                vote.rules().quorumNeeded(vote.getElectorateSize()),
                showCounts ? vote.getYesCount() : null,
                showCounts ? vote.getNoCount() : null,
                showCounts ? vote.getAbstainCount() : null,
                vote.getOutcome(),
                mine,
                open && votes.isVoter(vote.getId(), me.id()) > 0,
                vote.rules(),
                candidates,
                myCandidate,
                elections.username(vote.getElectedId()));
    }
}
