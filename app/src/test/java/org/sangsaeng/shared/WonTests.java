package org.sangsaeng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WonTests {

    static final long ONE_TRILLION = 1_000_000_000_000L;

    @Test
    void pricesAreWrittenWithThousandsSeparatorsAndTheWonSign() {
        assertThat(Won.of(12_300)).hasToString("12,300원");
        assertThat(Won.of(0)).hasToString("0원");
        assertThat(Won.of(950)).hasToString("950원");
        assertThat(Won.of(1_234_567)).hasToString("1,234,567원");
        assertThat(Won.of(-4_500)).hasToString("-4,500원");
    }

    @Test
    void arithmeticIsInWholeWon() {
        Won flourSack = Won.of(23_500);
        Won shipping = Won.of(30_000);

        assertThat(flourSack.times(3)).isEqualTo(Won.of(70_500));
        assertThat(flourSack.times(3).plus(shipping)).isEqualTo(Won.of(100_500));
        assertThat(flourSack.minus(shipping)).isEqualTo(Won.of(-6_500));
        assertThat(flourSack.minus(shipping).isNegative()).isTrue();
        assertThat(flourSack.isNegative()).isFalse();
        assertThat(Won.ZERO.isZero()).isTrue();
        assertThat(Won.ZERO.plus(flourSack)).isEqualTo(flourSack);
    }

    @Test
    void amountsCompareByValue() {
        assertThat(Won.of(9_900)).isLessThan(Won.of(10_000));
        assertThat(Won.of(10_000)).isEqualByComparingTo(Won.of(10_000));
        assertThat(Won.of(-1)).isLessThan(Won.ZERO);
    }

    @Test
    void oneTrillionWonIsTheMostAnAmountMayBe() {
        assertThat(Won.of(ONE_TRILLION)).hasToString("1,000,000,000,000원");
        assertThat(Won.of(-ONE_TRILLION).isNegative()).isTrue();

        assertTooLarge(() -> Won.of(ONE_TRILLION + 1));
        assertTooLarge(() -> Won.of(-ONE_TRILLION - 1));
        assertTooLarge(() -> Won.of(ONE_TRILLION).plus(Won.of(1)));
        assertTooLarge(() -> Won.of(-ONE_TRILLION).minus(Won.of(1)));
        assertTooLarge(() -> Won.of(500_000).times(2_000_001));
    }

    @Test
    void overflowIsRefusedInsteadOfWrappingAround() {
        assertTooLarge(() -> Won.of(ONE_TRILLION).times(Long.MAX_VALUE));
        assertTooLarge(() -> Won.of(-2).times(Long.MIN_VALUE));
        assertTooLarge(() -> Won.of(3).times(Long.MAX_VALUE / 2));
        assertThatThrownBy(() -> Won.of(ONE_TRILLION).times(Long.MAX_VALUE))
                .hasCauseInstanceOf(ArithmeticException.class);
    }

    @Test
    void theRefusalShowsTheAmountThatWasTooLarge() {
        assertThatThrownBy(() -> Won.of(ONE_TRILLION + 1))
                .extracting(e -> ((InvalidInputException) e).arguments())
                .isEqualTo(new Object[] {"1,000,000,000,001원"});
        assertThatThrownBy(() -> Won.of(ONE_TRILLION).times(Long.MAX_VALUE))
                .extracting(e -> ((InvalidInputException) e).arguments())
                .isEqualTo(new Object[] {"9,223,372,036,854,775,807,000,000,000,000원"});
    }

    static void assertTooLarge(Runnable calculation) {
        assertThatThrownBy(calculation::run)
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("error.money.tooLarge");
    }
}
