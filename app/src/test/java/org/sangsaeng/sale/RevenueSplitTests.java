package org.sangsaeng.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;

/**
 * The joint sale's takings split to the shops: the examples a merchant checks by hand, and
 * thousands of generated sales checked against the promises recomputed here independently (the
 * shares add up exactly, none is a won away from its exact proportion, left-over won go to the
 * largest fractions).
 */
class RevenueSplitTests {

    static final long BAKERY = 1;
    static final long BUTCHER = 2;
    static final long RICE_CAKES = 3;

    @Test
    void tenGiftSetsPaidAtTheCounterAreSplitByTheValueOfEachShopsPart() {
        // given: 10 sets at 80,000 won; the parts 12,000 + 45,000 + 15,000 won a set; a 3 % co-op
        // fee
        List<RevenueSplit.ShopPart> parts =
                List.of(
                        new RevenueSplit.ShopPart(BAKERY, 120_000),
                        new RevenueSplit.ShopPart(BUTCHER, 450_000),
                        new RevenueSplit.ShopPart(RICE_CAKES, 150_000));

        // when
        RevenueSplit split = RevenueSplit.of(Won.of(800_000), Won.of(24_000), Won.of(0), parts);

        // then: 776,000 won in the proportions 12 : 45 : 15 of 72
        assertThat(split.shares())
                .extracting(s -> s.amount().value())
                .containsExactly(129_333L, 485_000L, 161_667L);
        assertThat(split.paidOut()).isEqualTo(Won.of(776_000));
        assertThat(split.shares().get(2).leftoverWon())
                .as("1/3 of a won lost most: rice cakes, .67")
                .isTrue();
        assertThat(split.shares().get(0).leftoverWon()).isFalse();
    }

    @Test
    void equalFractionsGiveTheLeftOverWonToTheShopWhosePartComesFirst() {
        RevenueSplit split =
                RevenueSplit.of(
                        Won.of(100),
                        Won.ZERO,
                        Won.ZERO,
                        List.of(
                                new RevenueSplit.ShopPart(7, 1),
                                new RevenueSplit.ShopPart(8, 1),
                                new RevenueSplit.ShopPart(9, 1)));
        assertThat(split.shares())
                .extracting(s -> s.amount().value())
                .containsExactly(34L, 33L, 33L);
    }

    @Test
    void aShopWithTwoPartsGetsOneShareOfTheirSum() {
        RevenueSplit split =
                RevenueSplit.of(
                        Won.of(1_000),
                        Won.ZERO,
                        Won.ZERO,
                        List.of(
                                new RevenueSplit.ShopPart(BAKERY, 100),
                                new RevenueSplit.ShopPart(BUTCHER, 200),
                                new RevenueSplit.ShopPart(BAKERY, 100)));
        assertThat(split.shares())
                .extracting(RevenueSplit.ShopShare::shopUserId)
                .containsExactly(BAKERY, BUTCHER);
        assertThat(split.shares()).extracting(s -> s.amount().value()).containsExactly(500L, 500L);
    }

    @Test
    void feesAboveTheTakingsAndTakingsWithoutValueAreRefused() {
        List<RevenueSplit.ShopPart> parts = List.of(new RevenueSplit.ShopPart(BAKERY, 100));
        assertThatThrownBy(() -> RevenueSplit.of(Won.of(1_000), Won.of(900), Won.of(200), parts))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.sale.splitNegative");
        assertThatThrownBy(
                        () ->
                                RevenueSplit.of(
                                        Won.of(1_000),
                                        Won.ZERO,
                                        Won.ZERO,
                                        List.of(new RevenueSplit.ShopPart(BAKERY, 0))))
                .hasMessage("error.sale.splitNoValue");
        assertThat(RevenueSplit.of(Won.of(500), Won.of(300), Won.of(200), parts).paidOut())
                .isEqualTo(Won.ZERO);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20261204L, 987_654_321L})
    void everyGeneratedSaleIsSplitToTheWon(long seed) {
        Random random = new Random(seed);
        for (int sale = 0; sale < 2_000; sale++) {
            // given
            List<RevenueSplit.ShopPart> parts = new ArrayList<>();
            int shops = 1 + random.nextInt(8);
            for (int s = 0; s < shops; s++) {
                long value =
                        random.nextInt(10) == 0
                                ? 0
                                : 1 + (long) (random.nextDouble() * bound(random));
                parts.add(new RevenueSplit.ShopPart(s, value));
            }
            long total = parts.stream().mapToLong(RevenueSplit.ShopPart::value).sum();
            long received = total == 0 ? 0 : (long) (random.nextDouble() * bound(random));
            long fee = received == 0 ? 0 : received * random.nextInt(10) / 100;
            long costs = received - fee == 0 ? 0 : (received - fee) * random.nextInt(4) / 100;

            // when
            RevenueSplit split =
                    RevenueSplit.of(Won.of(received), Won.of(fee), Won.of(costs), parts);

            // then: exact, each within a won of its proportion, left-overs to the largest fractions
            long payout = received - fee - costs;
            assertThat(split.paidOut()).isEqualTo(Won.of(payout));
            long leftovers = 0;
            long smallestWithLeftover = Long.MAX_VALUE;
            long largestWithout = -1;
            for (int i = 0; i < split.shares().size(); i++) {
                RevenueSplit.ShopShare share = split.shares().get(i);
                BigInteger exactTimesTotal =
                        BigInteger.valueOf(payout).multiply(BigInteger.valueOf(share.value()));
                BigInteger amountTimesTotal =
                        BigInteger.valueOf(share.amount().value())
                                .multiply(BigInteger.valueOf(total));
                assertThat(amountTimesTotal.subtract(exactTimesTotal).abs())
                        .as("share %d of sale %d within a won", i, sale)
                        .isLessThan(BigInteger.valueOf(Math.max(total, 1)));
                if (share.leftoverWon()) {
                    leftovers++;
                    smallestWithLeftover = Math.min(smallestWithLeftover, share.remainder());
                } else {
                    largestWithout = Math.max(largestWithout, share.remainder());
                }
            }
            assertThat(leftovers).isLessThan(Math.max(split.shares().size(), 1));
            if (leftovers > 0) {
                assertThat(smallestWithLeftover)
                        .as("left-over won to the largest fractions")
                        .isGreaterThanOrEqualTo(largestWithout);
            }
        }
    }

    private static long bound(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> 1_000L;
            case 1 -> 10_000_000L;
            default -> 900_000_000_000L;
        };
    }
}
