package org.sangsaeng.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sangsaeng.shared.InvalidInputException;

class VoteRulesTests {

    final VoteRules halfQuorumSimpleMajority =
            new VoteRules(50, ApprovalRule.SIMPLE_MAJORITY, null, false);

    @Test
    void quorumIsRoundedUpAndCountsAbstentions() {
        assertThat(halfQuorumSimpleMajority.quorumNeeded(9)).isEqualTo(5);
        assertThat(halfQuorumSimpleMajority.quorumNeeded(10)).isEqualTo(5);
        assertThat(new VoteRules(67, ApprovalRule.SIMPLE_MAJORITY, null, false).quorumNeeded(12))
                .isEqualTo(9);

        assertThat(halfQuorumSimpleMajority.decide(9, 2, 1, 1)).isEqualTo(Outcome.NO_QUORUM);
        assertThat(halfQuorumSimpleMajority.decide(9, 2, 1, 2))
                .as("abstentions make the quorum")
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void simpleMajorityNeedsMoreYesThanNo() {
        assertThat(halfQuorumSimpleMajority.decide(10, 3, 3, 0)).isEqualTo(Outcome.FAILED);
        assertThat(halfQuorumSimpleMajority.decide(10, 4, 3, 0)).isEqualTo(Outcome.PASSED);
        assertThat(halfQuorumSimpleMajority.decide(10, 0, 0, 6))
                .as("abstentions alone pass nothing")
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void aRequiredShareCountsYesAgainstYesPlusNo() {
        VoteRules twoThirds = new VoteRules(50, ApprovalRule.SHARE, 67, false);
        assertThat(twoThirds.decide(12, 6, 3, 1)).as("6/9 = 66.7 %").isEqualTo(Outcome.FAILED);
        assertThat(twoThirds.decide(12, 7, 3, 0)).as("7/10").isEqualTo(Outcome.PASSED);
        assertThat(new VoteRules(50, ApprovalRule.SHARE, 50, false).decide(10, 3, 3, 0))
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void nobodyVotingIsNoQuorumEvenWithAZeroQuorum() {
        assertThat(new VoteRules(0, ApprovalRule.SIMPLE_MAJORITY, null, false).decide(5, 0, 0, 0))
                .isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void invalidRulesAreRefused() {
        assertThatThrownBy(() -> new VoteRules(101, ApprovalRule.SIMPLE_MAJORITY, null, false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new VoteRules(50, ApprovalRule.SHARE, null, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.vote.share");
    }
}
