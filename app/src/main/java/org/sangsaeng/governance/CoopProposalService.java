package org.sangsaeng.governance;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.domain.CoopDecision;
import org.sangsaeng.governance.domain.CoopDecisions;
import org.sangsaeng.governance.domain.CoopProposal;
import org.sangsaeng.governance.domain.CoopProposals;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Texts;
import org.sangsaeng.voting.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * General proposals: any member proposes, the leader puts it to a vote or declines it, the author
 * may withdraw it until then, and the outcome goes into the decision log.
 */
@Service
@Transactional
public class CoopProposalService {

    public static final String PROCESS_ID = "coop-proposal";
    static final String BUSINESS_KEY_PREFIX = PROCESS_ID + "-";
    public static final String WITHDRAWN_MESSAGE = "proposal-withdrawn";
    static final int MAX_BODY = 10_000;

    private final CoopProposals proposals;
    private final CoopDecisions decisions;
    private final CoopRulesService rules;
    private final CoopService coops;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final ProcessEngine engine;
    private final JsonMapper json;
    private final Clock clock;

    CoopProposalService(
            CoopProposals proposals,
            CoopDecisions decisions,
            CoopRulesService rules,
            CoopService coops,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            ProcessEngine engine,
            JsonMapper json,
            Clock clock) {
        this.proposals = proposals;
        this.decisions = decisions;
        this.rules = rules;
        this.coops = coops;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    /** A member puts something to the co-op; the leader's review task starts at once. */
    public CoopProposalDetails propose(CoopProposalForm form) {
        CurrentUser me = currentUsers.require();
        if (form == null) {
            throw new InvalidInputException("error.proposal.title");
        }
        coops.get(form.coopId());
        if (!me.isMemberOf(form.coopId())) {
            throw new AccessDeniedException("error.proposal.membersOnly");
        }
        String title = form.title() == null ? "" : form.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("error.proposal.title");
        }
        String body = Texts.required(form.body(), MAX_BODY, "error.proposal.body");
        RulesVersion pinned = rules.pinCurrent(form.coopId());
        CoopProposal proposal =
                proposals.saveAndFlush(
                        new CoopProposal(
                                form.coopId(),
                                me.id(),
                                title,
                                body,
                                form.rules() == null ? null : json.writeValueAsString(form.rules()),
                                pinned.version(),
                                clock.instant()));
        RuleSet in = pinned.rules();
        Map<String, Object> variables = new HashMap<>();
        variables.put("proposalId", proposal.getId());
        variables.put("coopId", proposal.getCoopId());
        variables.put("proposalAuthor", me.username());
        variables.put("voteTitle", title);
        variables.put("rulesVersion", pinned.version());
        variables.put("quorumPercent", in.quorumPercent());
        variables.put("approvalRule", in.approvalRule().name());
        variables.put("requiredSharePercent", in.requiredSharePercent());
        variables.put("reasonRequiredForNo", in.reasonRequiredForNo());
        variables.put("changesRules", form.rules() != null);
        variables.put("reminderLead", in.reminderLead().toString());
        // Nobody reviews their own proposal: a leader's goes to the foundation, whoever else leads
        // the co-op.
        variables.put(
                "reviewGroups",
                List.of(
                        me.isLeaderOf(proposal.getCoopId())
                                ? CurrentUser.FOUNDATION_GROUP
                                : CurrentUser.leaderGroup(proposal.getCoopId())));
        variables.put(
                "reviewDue", rules.decisionDue(proposal.getCoopId(), pinned.version()).toString());
        proposal.startedAs(
                engine.start(PROCESS_ID, BUSINESS_KEY_PREFIX + proposal.getId(), variables));
        return view(
                proposal,
                me,
                Map.of(
                        me.id(),
                        new MemberDirectory.Person(me.id(), me.username(), me.displayName())));
    }

    @Transactional(readOnly = true)
    public List<CoopProposalDetails> ofCoop(long coopId) {
        CurrentUser me = currentUsers.requireReaderOf(coopId);
        List<CoopProposal> all = proposals.findByCoopIdOrderByIdDesc(coopId);
        var people = directory.people(all.stream().map(CoopProposal::getAuthorId).toList());
        return all.stream().map(p -> view(p, me, people)).toList();
    }

    @Transactional(readOnly = true)
    public CoopProposalDetails get(long proposalId) {
        CurrentUser me = currentUsers.require();
        CoopProposal p = find(proposalId);
        if (!me.mayRead(p.getCoopId())) {
            throw new NotFoundException("error.proposal.notFound", proposalId);
        }
        return view(p, me, directory.people(List.of(p.getAuthorId())));
    }

    /** The co-op's decision log, newest first. */
    @Transactional(readOnly = true)
    public List<DecisionDetails> decisions(long coopId) {
        currentUsers.requireReaderOf(coopId);
        return decisions.findByCoopIdOrderByDecidedAtDesc(coopId).stream()
                .map(CoopProposalService::view)
                .toList();
    }

    /**
     * Proposals waiting for the leader or being voted on, for the weekly digest (a system job, no
     * signed-in user).
     */
    @Transactional(readOnly = true)
    public List<String> openTitles(long coopId) {
        return proposals
                .findByCoopIdAndStateInOrderByIdDesc(
                        coopId,
                        List.of(
                                ProposalState.PROPOSED,
                                ProposalState.ACCEPTED,
                                ProposalState.VOTING))
                .stream()
                .map(CoopProposal::getTitle)
                .toList();
    }

    /** The author takes the proposal back while the leader has not yet put it to a vote. */
    public CoopProposalDetails withdraw(long proposalId) {
        CurrentUser me = currentUsers.require();
        CoopProposal p = lock(proposalId);
        if (p.getAuthorId() != me.id()) {
            throw me.mayRead(p.getCoopId())
                    ? new AccessDeniedException("error.proposal.authorOnly")
                    : new NotFoundException("error.proposal.notFound", proposalId);
        }
        if (p.getState() != ProposalState.PROPOSED) {
            throw new BusinessException("error.proposal.notWithdrawable");
        }
        p.withdrawn(clock.instant());
        // Kept for a while: the instance receives it even if it is between two steps right now.
        engine.publishMessage(
                WITHDRAWN_MESSAGE,
                String.valueOf(proposalId),
                "proposal-withdrawn-" + proposalId,
                Duration.ofHours(1),
                Map.of());
        return view(
                p,
                me,
                Map.of(
                        me.id(),
                        new MemberDirectory.Person(me.id(), me.username(), me.displayName())));
    }

    /**
     * The leader's review (the review task's form): accept for a vote, or decline with a reason.
     * Refused when the author has withdrawn the proposal meanwhile, and to the leader who wrote it:
     * a leader's own proposal is reviewed by the foundation.
     */
    public void review(long proposalId, boolean accept, String reason) {
        CurrentUser me = currentUsers.require();
        CoopProposal p = lock(proposalId);
        if (p.getAuthorId() == me.id()) {
            throw new AccessDeniedException("error.proposal.ownProposal");
        }
        if (!me.isLeaderOf(p.getCoopId()) && !me.overseesAll()) {
            throw new AccessDeniedException("error.proposal.leaderOnly");
        }
        if (p.getState() == ProposalState.WITHDRAWN) {
            throw new BusinessException("error.proposal.withdrawn");
        }
        if (p.getState() != ProposalState.PROPOSED) {
            throw new BusinessException("error.proposal.alreadyReviewed");
        }
        String text = accept ? null : Texts.required(reason, 1000, "error.proposal.reasonRequired");
        p.reviewed(accept, text, me.id(), clock.instant());
    }

    /** For the review form: a review the engine did not take no longer stands. */
    public void reviewNotTaken(long proposalId, String reviewer) {
        lock(proposalId).reviewNotTaken(directory.userId(reviewer));
    }

    // ----- for the steps of the coop-proposal process -----

    CoopProposal find(long proposalId) {
        return proposals
                .findById(proposalId)
                .orElseThrow(() -> new NotFoundException("error.proposal.notFound", proposalId));
    }

    CoopProposal lock(long proposalId) {
        return proposals
                .findForUpdate(proposalId)
                .orElseThrow(() -> new NotFoundException("error.proposal.notFound", proposalId));
    }

    RuleSet proposedRules(CoopProposal p) {
        return p.getProposedRules() == null
                ? null
                : json.readValue(p.getProposedRules(), RuleSet.class);
    }

    DecisionDetails record(
            CoopProposal p,
            long voteId,
            Outcome outcome,
            int yes,
            int no,
            int abstain,
            int electorate,
            Integer adoptedVersion) {
        p.decided(ProposalState.decidedBy(outcome), voteId, clock.instant());
        return view(
                decisions.saveAndFlush(
                        new CoopDecision(
                                p.getCoopId(),
                                p.getId(),
                                p.getTitle(),
                                outcome,
                                yes,
                                no,
                                abstain,
                                electorate,
                                adoptedVersion,
                                clock.instant())));
    }

    Optional<DecisionDetails> decisionOf(long proposalId) {
        return decisions.findByProposalId(proposalId).map(CoopProposalService::view);
    }

    private static DecisionDetails view(CoopDecision d) {
        return new DecisionDetails(
                d.getProposalId(),
                d.getTitle(),
                d.getOutcome(),
                d.getYesCount(),
                d.getNoCount(),
                d.getAbstainCount(),
                d.getElectorateSize(),
                DecisionDetails.turnout(
                        d.getYesCount(),
                        d.getNoCount(),
                        d.getAbstainCount(),
                        d.getElectorateSize()),
                d.getAdoptedRulesVersion(),
                d.getDecidedAt());
    }

    private CoopProposalDetails view(
            CoopProposal p, CurrentUser me, Map<Long, MemberDirectory.Person> people) {
        MemberDirectory.Person author = people.get(p.getAuthorId());
        return new CoopProposalDetails(
                p.getId(),
                p.getCoopId(),
                p.getTitle(),
                p.getBody(),
                author.username(),
                author.displayName(),
                p.getState(),
                proposedRules(p),
                p.getRulesVersion(),
                p.getDeclineReason(),
                p.getVoteId(),
                p.getCreatedAt(),
                p.getDecidedAt(),
                p.getAuthorId() == me.id() && p.getState() == ProposalState.PROPOSED);
    }
}
