package org.sangsaeng.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sangsaeng.shared.InvalidInputException;

/** The decision time, and what a joint sale's takings pay before the shops' shares. */
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
        assertThatThrownBy(() -> rules(24, 24))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("error.rules.reminderAfterDecision");
    }

    @Test
    void aDecisionTimeOutsideOneHourToTwoWeeksIsRefused() {
        assertThatThrownBy(() -> rules(1, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rules(24, 337)).isInstanceOf(InvalidInputException.class);
        assertThat(rules(24, 336).decisionHours()).isEqualTo(336);
    }

    @Test
    void ruleSetsFromBeforeJointSalesTakeNoFeeAndNoCosts() {
        RuleSet old = rules(24, 48);
        assertThat(old.saleFeeBasisPoints()).isZero();
        assertThat(old.cardFeeBasisPoints()).isZero();
        assertThat(old.transferFeeWon()).isZero();
    }

    @Test
    void feesOutsideTheirRangesAreRefusedNamingTheField() {
        assertThat(fees(3_000, 1_000, 5_000).saleFeeBasisPoints()).isEqualTo(3_000);
        assertThatThrownBy(() -> fees(3_001, 0, 0))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("error.rules.saleFee");
        assertThatThrownBy(() -> fees(0, -1, 0))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("error.rules.cardFee");
        assertThatThrownBy(() -> fees(0, 0, 5_001))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("error.rules.transferFee");
    }

    private static RuleSet fees(Integer sale, Integer card, Integer transfer) {
        return RuleSetDraft.defaultsWithFees(sale, card, transfer);
    }

    private static RuleSet rules(int reminderLeadHours, Integer decisionHours) {
        return RuleSetDraft.defaultsWith(
                r -> {
                    r.reminderLeadHours = reminderLeadHours;
                    r.decisionHours = decisionHours;
                    r.saleFeeBasisPoints = null;
                    r.cardFeeBasisPoints = null;
                    r.transferFeeWon = null;
                });
    }
}
