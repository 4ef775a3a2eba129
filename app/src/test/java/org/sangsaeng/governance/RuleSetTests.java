package org.sangsaeng.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.voting.ApprovalRule;

/** The decision time: how long a person has for a review, decision or confirmation. */
class RuleSetTests {

    @Test
    void aCoopStartsWithTwoDaysForADecision() {
        assertThat(RuleSet.DEFAULTS.decisionTime()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void ruleSetsThatDoNotNameADecisionTimeGetTheDefault() {
        assertThat(rules(24, null).decisionHours()).isEqualTo(RuleSet.DEFAULT_DECISION_HOURS);
    }

    @Test
    void theReminderMustComeAfterTheTaskAppears() {
        assertThat(rules(24, 25).decisionTime()).isEqualTo(Duration.ofHours(25));
        assertThatThrownBy(() -> rules(24, 24)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("error.rules.reminderAfterDecision");
    }

    @Test
    void aDecisionTimeOutsideOneHourToTwoWeeksIsRefused() {
        assertThatThrownBy(() -> rules(1, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rules(24, 337)).isInstanceOf(InvalidInputException.class);
        assertThat(rules(24, 336).decisionHours()).isEqualTo(336);
    }

    private static RuleSet rules(int reminderLeadHours, Integer decisionHours) {
        return new RuleSet(50, ApprovalRule.SIMPLE_MAJORITY, null, false, 72, reminderLeadHours, 48, 7, 5,
                JobPostReview.LEADER, 10_000, decisionHours);
    }
}
