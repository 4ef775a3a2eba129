package org.sangsaeng.voting.process;

import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.voting.Choice;
import org.sangsaeng.voting.VoteService;
import org.springframework.stereotype.Component;

/**
 * A member's vote task (an election's ballot names a {@code candidate}): the ballot is recorded
 * with the task's completion, in one transaction. Changing the vote later goes through {@link
 * VoteService#cast} while the vote is open.
 */
@Component
class CastVoteForm implements UserTaskForm {

    private final VoteService votes;

    CastVoteForm(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public String formKey() {
        return FormKey.MEMBER_VOTE.key();
    }

    @Override
    public Map<String, Object> validate(
            Map<String, Object> submitted, Map<String, Object> taskVariables) {
        Object raw = submitted.get("choice");
        Object candidate = submitted.get("candidate");
        Choice choice = null;
        if (candidate == null) {
            try {
                choice = Choice.valueOf(String.valueOf(raw));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("error.vote.choiceRequired");
            }
        }
        Object reason = submitted.get("reason");
        long voteId = ((Number) taskVariables.get("voteId")).longValue();
        votes.castBallot(
                voteId,
                choice,
                candidate == null ? null : candidate.toString(),
                reason == null ? null : reason.toString());
        // The ballot is in our database; the process only needs to know the task is done.
        return Map.of();
    }

    /** The ballot of a vote task the engine had ended counts only if the vote counted it. */
    @Override
    public boolean notTaken(String answeredBy, Map<String, Object> taskVariables) {
        return votes.withdrawBallot(((Number) taskVariables.get("voteId")).longValue(), answeredBy);
    }
}
