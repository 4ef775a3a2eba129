package org.sangsaeng.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.purchase.PurchaseFixtures.assertRefused;
import static org.sangsaeng.purchase.PurchaseFixtures.at;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sangsaeng.shared.Won;

/**
 * Thousands of generated purchases, each checked against the promises of the split, recomputed here
 * independently: the bills add up exactly, no share is a won away from the exact proportion, and
 * left-over won go to the largest fractions.
 */
class CostSplitPropertyTests {

    static final String[] COST_NAMES = {"배송비", "포장비", "조합 수수료"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20260914L, 1_234_567_890L})
    void everyGeneratedPurchaseIsSplitToTheWon(long seed) {
        Random random = new Random(seed);
        int refused = 0;
        for (int purchase = 0; purchase < 2_000; purchase++) {
            // given
            List<PricedLine> lines = generateLines(random);
            List<SharedCost> costs = generateCosts(random);
            boolean anythingAllocated =
                    lines.stream()
                            .flatMap(line -> line.allocations().stream())
                            .anyMatch(allocation -> allocation.units() > 0);
            boolean anyCost = costs.stream().anyMatch(cost -> !cost.amount().isZero());

            if (!anythingAllocated && anyCost) {
                // then
                assertRefused(() -> CostSplit.of(lines, costs), "error.split.nothingAllocated");
                refused++;
                continue;
            }

            // when
            CostSplit split = CostSplit.of(lines, costs);

            // then
            assertBalanced(split, lines, costs);
            for (SharedCost cost : costs) {
                assertFairShares(split, lines, cost);
            }
        }
        // the generator must mostly produce purchases that can be split, or the test proves little
        assertThat(refused).isLessThan(200);
    }

    static void assertBalanced(CostSplit split, List<PricedLine> lines, List<SharedCost> costs) {
        long goods = 0;
        for (PricedLine line : lines) {
            for (MemberAllocation allocation : line.allocations()) {
                goods += line.unitPrice().value() * allocation.units();
            }
        }
        long shared = costs.stream().mapToLong(cost -> cost.amount().value()).sum();
        long billed = split.members().stream().mapToLong(bill -> bill.total().value()).sum();
        assertThat(billed).as("sum of all bills").isEqualTo(goods + shared);
        assertThat(split.goods()).isEqualTo(Won.of(goods));
        for (MemberBill bill : split.members()) {
            assertThat(bill.shares())
                    .allSatisfy(share -> assertThat(share.share().isNegative()).isFalse());
            if (bill.units() == 0) {
                assertThat(bill.total())
                        .as("bill of member %d who receives nothing", bill.memberId())
                        .isEqualTo(Won.ZERO);
                assertThat(bill.shares()).isEmpty();
            }
        }
    }

    static void assertFairShares(CostSplit split, List<PricedLine> lines, SharedCost cost) {
        Map<Long, Long> basis = expectedBasis(lines, cost.basis());
        long basisSum = basis.values().stream().mapToLong(Long::longValue).sum();
        BigInteger amount = BigInteger.valueOf(cost.amount().value());
        List<CostShare> shares = new ArrayList<>();
        List<MemberBill> payers = new ArrayList<>();
        for (MemberBill bill : split.members()) {
            if (!basis.containsKey(bill.memberId())) {
                continue;
            }
            CostShare share =
                    bill.shares().stream()
                            .filter(s -> s.name().equals(cost.name()))
                            .findFirst()
                            .orElseThrow();
            assertThat(share.basisValue()).isEqualTo(basis.get(bill.memberId()));
            assertThat(share.basisSum()).isEqualTo(basisSum);
            // |share - cost x basis / basisSum| < 1, multiplied out by basisSum to stay in whole
            // numbers
            BigInteger exactTimesSum = amount.multiply(BigInteger.valueOf(share.basisValue()));
            BigInteger shareTimesSum =
                    BigInteger.valueOf(share.share().value())
                            .multiply(BigInteger.valueOf(basisSum));
            assertThat(shareTimesSum.subtract(exactTimesSum).abs())
                    .as("%s of member %d off the exact share", cost.name(), bill.memberId())
                    .isLessThan(BigInteger.valueOf(basisSum));
            shares.add(share);
            payers.add(bill);
        }
        assertThat(shares.stream().mapToLong(share -> share.share().value()).sum())
                .as("shares of %s", cost.name())
                .isEqualTo(cost.amount().value());
        Map<Long, Instant> firstPledges = firstPledges(lines);
        // every member paying a left-over won has a larger fraction than, or the same and an
        // earlier
        // pledge than, every member who does not
        for (int i = 0; i < shares.size(); i++) {
            for (int j = 0; j < shares.size(); j++) {
                if (shares.get(i).leftoverWon() && !shares.get(j).leftoverWon()) {
                    long member = payers.get(i).memberId();
                    long other = payers.get(j).memberId();
                    assertThat(
                                    comesFirst(
                                            shares.get(i),
                                            member,
                                            shares.get(j),
                                            other,
                                            firstPledges))
                            .as("member %d pays a left-over won before member %d", member, other)
                            .isTrue();
                }
            }
        }
    }

    static boolean comesFirst(
            CostShare share,
            long member,
            CostShare otherShare,
            long other,
            Map<Long, Instant> firstPledges) {
        if (share.remainder() != otherShare.remainder()) {
            return share.remainder() > otherShare.remainder();
        }
        int byTime = firstPledges.get(member).compareTo(firstPledges.get(other));
        return byTime != 0 ? byTime < 0 : member < other;
    }

    static Map<Long, Instant> firstPledges(List<PricedLine> lines) {
        Map<Long, Instant> first = new HashMap<>();
        for (PricedLine line : lines) {
            for (MemberAllocation allocation : line.allocations()) {
                first.merge(
                        allocation.memberId(),
                        allocation.pledgedAt(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    static Map<Long, Long> expectedBasis(List<PricedLine> lines, SplitBasis basis) {
        Map<Long, Long> units = new HashMap<>();
        Map<Long, Long> value = new HashMap<>();
        for (PricedLine line : lines) {
            for (MemberAllocation allocation : line.allocations()) {
                units.merge(allocation.memberId(), allocation.units(), Long::sum);
                value.merge(
                        allocation.memberId(),
                        allocation.units() * line.unitPrice().value(),
                        Long::sum);
            }
        }
        units.values().removeIf(u -> u == 0);
        Map<Long, Long> result = new HashMap<>();
        for (Long member : units.keySet()) {
            result.put(
                    member,
                    switch (basis) {
                        case BY_VALUE -> value.get(member);
                        case BY_UNITS -> units.get(member);
                        case EQUAL -> 1L;
                    });
        }
        return result;
    }

    /** 1 to 6 lines, each pledged by some of 1 to 40 members, sometimes only partly confirmed. */
    static List<PricedLine> generateLines(Random random) {
        int members = 1 + random.nextInt(40);
        int lineCount = 1 + random.nextInt(6);
        // A few minutes of pledging, so that some pledges share a second.
        Instant opened = at("09:00");
        List<PricedLine> lines = new ArrayList<>();
        for (int l = 0; l < lineCount; l++) {
            PackLine line =
                    PackLine.of(100 + l, List.of(1L, 10L, 20L, 30L, 100L).get(random.nextInt(5)));
            List<Pledge> pledges = new ArrayList<>();
            for (long member = 1; member <= members; member++) {
                if (random.nextInt(3) > 0) {
                    long quantity =
                            random.nextInt(4) == 0
                                    ? 0
                                    : 1 + random.nextInt((int) line.packSize() * 3);
                    long tolerance =
                            random.nextBoolean() ? 0 : random.nextInt((int) line.packSize());
                    pledges.add(
                            new Pledge(
                                    member,
                                    opened.plusSeconds(random.nextInt(300)),
                                    quantity,
                                    tolerance));
                }
            }
            PackAllocation allocation = PackAllocation.of(line, pledges);
            if (random.nextInt(5) == 0) {
                allocation =
                        allocation.afterSupplierConfirmed(random.nextLong(allocation.packs() + 1));
            }
            lines.add(PricedLine.of(allocation, Won.of(1 + random.nextInt(500_000))));
        }
        return lines;
    }

    /** None to three shared costs of any basis; small ones too, where rounding matters most. */
    static List<SharedCost> generateCosts(Random random) {
        List<SharedCost> costs = new ArrayList<>();
        int count = random.nextInt(4);
        for (int c = 0; c < count; c++) {
            long amount =
                    switch (random.nextInt(3)) {
                        case 0 -> random.nextInt(50);
                        case 1 -> random.nextInt(100_000);
                        default -> random.nextInt(5_000_000);
                    };
            costs.add(
                    new SharedCost(
                            COST_NAMES[c],
                            Won.of(amount),
                            SplitBasis.values()[random.nextInt(SplitBasis.values().length)]));
        }
        return costs;
    }
}
