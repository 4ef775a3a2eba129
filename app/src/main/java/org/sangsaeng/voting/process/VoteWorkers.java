package org.sangsaeng.voting.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.engine.StepWorker;
import org.sangsaeng.voting.ApprovalRule;
import org.sangsaeng.voting.OpenVote;
import org.sangsaeng.voting.VoteClosed;
import org.sangsaeng.voting.VoteOpened;
import org.sangsaeng.voting.VoteRules;
import org.sangsaeng.voting.VoteService;
import org.springframework.stereotype.Component;

/** The service tasks of member-vote.bpmn. */
@Component
class VoteWorkers {

    static final String OPEN = "vote-open";
    static final String CLOSE = "vote-close";

    record OpenVariables(
            String businessKey,
            long coopId,
            String voteTitle,
            String voteDeadline,
            int quorumPercent,
            String approvalRule,
            Integer requiredSharePercent,
            boolean reasonRequiredForNo,
            List<String> candidates) {}

    record CloseVariables(long voteId) {}

    private final VoteService votes;

    VoteWorkers(VoteService votes) {
        this.votes = votes;
    }

    StepWorker open() {
        return StepWorker.producing(
                OPEN,
                OpenVariables.class,
                v -> {
                    VoteOpened opened =
                            votes.open(
                                    new OpenVote(
                                            v.businessKey(),
                                            v.coopId(),
                                            v.voteTitle(),
                                            Instant.parse(v.voteDeadline()),
                                            new VoteRules(
                                                    v.quorumPercent(),
                                                    v.approvalRule() == null
                                                            ? ApprovalRule.SIMPLE_MAJORITY
                                                            : ApprovalRule.valueOf(
                                                                    v.approvalRule()),
                                                    v.requiredSharePercent(),
                                                    v.reasonRequiredForNo()),
                                            v.candidates()));
                    return Map.of("voteId", opened.voteId(), "electorate", opened.electorate());
                });
    }

    StepWorker close() {
        return StepWorker.producing(
                CLOSE,
                CloseVariables.class,
                c -> {
                    VoteClosed closed = votes.close(c.voteId());
                    Map<String, Object> result =
                            new HashMap<>(
                                    Map.of(
                                            "voteOutcome",
                                            closed.outcome().name(),
                                            "voteYes",
                                            closed.yes(),
                                            "voteNo",
                                            closed.no(),
                                            "voteAbstain",
                                            closed.abstain(),
                                            "voteElectorate",
                                            closed.electorate()));
                    if (!closed.candidateVotes().isEmpty()) {
                        // An election: who won (null on a tie or without a quorum) and the votes of
                        // each candidate.
                        result.put("voteElected", closed.elected());
                        result.put("voteCandidateVotes", closed.candidateVotes());
                    }
                    return result;
                });
    }
}
