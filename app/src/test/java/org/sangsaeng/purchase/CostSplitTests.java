package org.sangsaeng.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sangsaeng.purchase.PurchaseFixtures.BAKERY_KIM;
import static org.sangsaeng.purchase.PurchaseFixtures.BOX_LINE;
import static org.sangsaeng.purchase.PurchaseFixtures.CAFE_LEE;
import static org.sangsaeng.purchase.PurchaseFixtures.EGGS_BY_THE_TRAY;
import static org.sangsaeng.purchase.PurchaseFixtures.EGG_LINE;
import static org.sangsaeng.purchase.PurchaseFixtures.FLOUR_BY_THE_SACK;
import static org.sangsaeng.purchase.PurchaseFixtures.FLOUR_LINE;
import static org.sangsaeng.purchase.PurchaseFixtures.RICE_CAKE_PARK;
import static org.sangsaeng.purchase.PurchaseFixtures.SNACK_BAR_CHOI;
import static org.sangsaeng.purchase.PurchaseFixtures.assertRefused;
import static org.sangsaeng.purchase.PurchaseFixtures.at;
import static org.sangsaeng.purchase.PurchaseFixtures.pledge;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sangsaeng.shared.Won;

class CostSplitTests {

    static final Won FLOUR_PER_KG = Won.of(1_200); // 24,000원 a sack
    static final Won EGG = Won.of(300); // 9,000원 a tray

    /**
     * Flour: the bakery 25 kg and the rice-cake shop 15 kg, two sacks. Eggs: the bakery 60 and the
     * cafe 30, three trays; the snack bar's 10 eggs, pledged last, make no tray. Goods: bakery
     * 30,000 + 18,000 = 48,000원, rice-cake shop 18,000원, cafe 9,000원, snack bar nothing; 75,000원
     * for the supplier.
     */
    static List<PricedLine> chuseokOrder() {
        PackAllocation flour =
                PackAllocation.of(
                        FLOUR_BY_THE_SACK,
                        List.of(
                                pledge(BAKERY_KIM, "09:00", 25),
                                pledge(RICE_CAKE_PARK, "09:30", 15)));
        PackAllocation eggs =
                PackAllocation.of(
                        EGGS_BY_THE_TRAY,
                        List.of(
                                pledge(BAKERY_KIM, "09:00", 60),
                                pledge(CAFE_LEE, "09:20", 30),
                                pledge(SNACK_BAR_CHOI, "11:00", 10)));
        return List.of(PricedLine.of(flour, FLOUR_PER_KG), PricedLine.of(eggs, EGG));
    }

    @Test
    void shippingIsSplitByTheValueOfEachMembersGoods() {
        // given shipping of 10,001원: exactly 6,400.64 / 2,400.24 / 1,200.12 won
        SharedCost shipping = SharedCost.of("배송비", Won.of(10_001));

        // when
        CostSplit split = CostSplit.of(chuseokOrder(), List.of(shipping));

        // then each pays the whole won, and the one won left over goes to the largest fraction
        // (.64)
        assertThat(shareOf(split, BAKERY_KIM)).isEqualTo(Won.of(6_401));
        assertThat(shareOf(split, RICE_CAKE_PARK)).isEqualTo(Won.of(2_400));
        assertThat(shareOf(split, CAFE_LEE)).isEqualTo(Won.of(1_200));
        assertThat(split.goods()).isEqualTo(Won.of(75_000));
        assertThat(split.total()).isEqualTo(Won.of(85_001));
        assertThat(split.members())
                .extracting(MemberBill::memberId, MemberBill::total)
                .containsExactly(
                        tuple(BAKERY_KIM, Won.of(54_401)),
                        tuple(CAFE_LEE, Won.of(10_200)),
                        tuple(RICE_CAKE_PARK, Won.of(20_400)),
                        tuple(SNACK_BAR_CHOI, Won.ZERO));
    }

    @Test
    void aMemberCanSeeHowTheirAmountWasComputed() {
        // given
        CostSplit split =
                CostSplit.of(chuseokOrder(), List.of(SharedCost.of("배송비", Won.of(10_001))));

        // when
        MemberBill bakery = split.member(BAKERY_KIM).orElseThrow();

        // then: 25 kg x 1,200원 + 60 eggs x 300원, and 10,001 x 48,000 / 75,000 = 6,400 and
        // 48,000/75,000
        assertThat(bakery.lines())
                .containsExactly(
                        new LineCharge(FLOUR_LINE, 25, Won.of(1_200), Won.of(30_000)),
                        new LineCharge(EGG_LINE, 60, Won.of(300), Won.of(18_000)));
        assertThat(bakery.shares())
                .containsExactly(
                        new CostShare(
                                "배송비",
                                SplitBasis.BY_VALUE,
                                Won.of(10_001),
                                48_000,
                                75_000,
                                48_000,
                                Won.of(6_400),
                                true));
        assertThat(bakery.goods()).isEqualTo(Won.of(48_000));
        assertThat(bakery.sharedCosts()).isEqualTo(Won.of(6_401));
        assertThat(bakery.total()).isEqualTo(Won.of(54_401));
        assertThat(bakery.total()).hasToString("54,401원");
    }

    @Test
    void aMemberWhoReceivesNothingPaysNothingAndSharesNoCost() {
        CostSplit split =
                CostSplit.of(chuseokOrder(), List.of(SharedCost.of("배송비", Won.of(10_001))));

        MemberBill snackBar = split.member(SNACK_BAR_CHOI).orElseThrow();

        assertThat(snackBar.lines()).containsExactly(new LineCharge(EGG_LINE, 0, EGG, Won.ZERO));
        assertThat(snackBar.shares()).isEmpty();
        assertThat(snackBar.total()).isEqualTo(Won.ZERO);
    }

    @Test
    void aPackingFeeIsSplitByUnits() {
        // given 1,000원 over 130 units: bakery 85, rice-cake shop 15, cafe 30
        // exactly 653.85 / 115.38 / 230.77 won, so 653 + 115 + 230 = 998 and two won left over
        SharedCost packing = new SharedCost("포장비", Won.of(1_000), SplitBasis.BY_UNITS);

        // when
        CostSplit split = CostSplit.of(chuseokOrder(), List.of(packing));

        // then the two won go to the largest fractions: the bakery (.85) and the cafe (.77)
        assertThat(shareOf(split, BAKERY_KIM)).isEqualTo(Won.of(654));
        assertThat(shareOf(split, RICE_CAKE_PARK)).isEqualTo(Won.of(115));
        assertThat(shareOf(split, CAFE_LEE)).isEqualTo(Won.of(231));
        assertThat(split.member(CAFE_LEE).orElseThrow().shares())
                .containsExactly(
                        new CostShare(
                                "포장비",
                                SplitBasis.BY_UNITS,
                                Won.of(1_000),
                                30,
                                130,
                                100,
                                Won.of(230),
                                true));
    }

    @Test
    void theCoopFeeIsSplitEquallyAmongMembersWhoReceiveAnything() {
        // given 5,000원 among three members (the snack bar receives nothing): 1,666.67 each
        SharedCost coopFee = new SharedCost("조합 수수료", Won.of(5_000), SplitBasis.EQUAL);

        // when
        CostSplit split = CostSplit.of(chuseokOrder(), List.of(coopFee));

        // then equal fractions: the two won left over go to the earliest pledges, the bakery
        // (09:00)
        // and the cafe (09:20), not the rice-cake shop (09:30)
        assertThat(shareOf(split, BAKERY_KIM)).isEqualTo(Won.of(1_667));
        assertThat(shareOf(split, CAFE_LEE)).isEqualTo(Won.of(1_667));
        assertThat(shareOf(split, RICE_CAKE_PARK)).isEqualTo(Won.of(1_666));
        assertThat(shareOf(split, SNACK_BAR_CHOI)).isEqualTo(Won.ZERO);
        assertThat(split.member(RICE_CAKE_PARK).orElseThrow().shares())
                .containsExactly(
                        new CostShare(
                                "조합 수수료",
                                SplitBasis.EQUAL,
                                Won.of(5_000),
                                1,
                                3,
                                2,
                                Won.of(1_666),
                                false));
    }

    @Test
    void equalFractionsGoToTheEarlierPledgeThenTheSmallerMemberId() {
        // given three shops buying a bundle of 100 boxes each; the cafe and the bakery pledged in
        // the
        // same second, the rice-cake shop later
        PackLine boxes = PackLine.of(BOX_LINE, 100);
        PackAllocation allocation =
                PackAllocation.of(
                        boxes,
                        List.of(
                                pledge(RICE_CAKE_PARK, "09:01", 100),
                                pledge(CAFE_LEE, "09:00", 100),
                                pledge(BAKERY_KIM, "09:00", 100)));

        // when 200원 of delivery is split by value: 66.67 won each, two won left over
        CostSplit split =
                CostSplit.of(
                        List.of(PricedLine.of(allocation, Won.of(150))),
                        List.of(SharedCost.of("배송비", Won.of(200))));

        // then the bakery (id 11) and the cafe (id 13) pay them, not the later rice-cake shop
        assertThat(shareOf(split, BAKERY_KIM)).isEqualTo(Won.of(67));
        assertThat(shareOf(split, CAFE_LEE)).isEqualTo(Won.of(67));
        assertThat(shareOf(split, RICE_CAKE_PARK)).isEqualTo(Won.of(66));

        // and when only one won is left over (100원: 33.33 each), it is the bakery's: same time,
        // smaller id
        CostSplit oneWon =
                CostSplit.of(
                        List.of(PricedLine.of(allocation, Won.of(150))),
                        List.of(SharedCost.of("배송비", Won.of(100))));
        assertThat(shareOf(oneWon, BAKERY_KIM)).isEqualTo(Won.of(34));
        assertThat(shareOf(oneWon, CAFE_LEE)).isEqualTo(Won.of(33));
        assertThat(shareOf(oneWon, RICE_CAKE_PARK)).isEqualTo(Won.of(33));
    }

    @Test
    void theEarliestPledgeAnywhereInThePurchaseBreaksTies() {
        // given the rice-cake shop pledged eggs first of all at 08:00 but got none; its flour came
        // later
        PackAllocation flour =
                PackAllocation.of(
                        FLOUR_BY_THE_SACK,
                        List.of(
                                pledge(BAKERY_KIM, "09:00", 10),
                                pledge(RICE_CAKE_PARK, "09:30", 10)));
        PackAllocation eggs =
                PackAllocation.of(EGGS_BY_THE_TRAY, List.of(pledge(RICE_CAKE_PARK, "08:00", 5)));

        // when 3원 is split equally: 1.5 each, one won left over
        CostSplit split =
                CostSplit.of(
                        List.of(PricedLine.of(eggs, EGG), PricedLine.of(flour, FLOUR_PER_KG)),
                        List.of(new SharedCost("조합 수수료", Won.of(3), SplitBasis.EQUAL)));

        // then the rice-cake shop pays it
        assertThat(split.member(RICE_CAKE_PARK).orElseThrow().firstPledgedAt())
                .isEqualTo(at("08:00"));
        assertThat(shareOf(split, RICE_CAKE_PARK)).isEqualTo(Won.of(2));
        assertThat(shareOf(split, BAKERY_KIM)).isEqualTo(Won.of(1));
    }

    @Test
    void severalSharedCostsEachSplitByTheirOwnBasis() {
        CostSplit split =
                CostSplit.of(
                        chuseokOrder(),
                        List.of(
                                SharedCost.of("배송비", Won.of(10_001)),
                                new SharedCost("포장비", Won.of(1_000), SplitBasis.BY_UNITS),
                                new SharedCost("조합 수수료", Won.of(5_000), SplitBasis.EQUAL)));

        MemberBill bakery = split.member(BAKERY_KIM).orElseThrow();
        assertThat(bakery.shares())
                .extracting(CostShare::name, CostShare::share)
                .containsExactly(
                        tuple("배송비", Won.of(6_401)),
                        tuple("포장비", Won.of(654)),
                        tuple("조합 수수료", Won.of(1_667)));
        assertThat(bakery.total()).isEqualTo(Won.of(48_000 + 6_401 + 654 + 1_667));
        assertThat(split.sharedCosts()).isEqualTo(Won.of(16_001));
        assertThat(split.total()).isEqualTo(Won.of(91_001));
        assertThat(split.members().stream().map(MemberBill::total).reduce(Won.ZERO, Won::plus))
                .isEqualTo(Won.of(91_001));
    }

    @Test
    void aPartialFillIsBilledForWhatIsDelivered() {
        // given four trays ordered and three confirmed: the bakery keeps its 60 eggs, the cafe gets
        // 30 of 60
        PackAllocation ordered =
                PackAllocation.of(
                        EGGS_BY_THE_TRAY,
                        List.of(pledge(BAKERY_KIM, "09:00", 60), pledge(CAFE_LEE, "09:20", 60)));
        PackAllocation confirmed = ordered.afterSupplierConfirmed(3);

        // when
        CostSplit split =
                CostSplit.of(
                        List.of(PricedLine.of(confirmed, EGG)),
                        List.of(SharedCost.of("배송비", Won.of(3_000))));

        // then
        assertThat(split.member(BAKERY_KIM).orElseThrow().total())
                .isEqualTo(Won.of(18_000 + 2_000));
        assertThat(split.member(CAFE_LEE).orElseThrow().total()).isEqualTo(Won.of(9_000 + 1_000));
    }

    @Test
    void hugeAmountsAreSplitWithoutOverflow() {
        // given 600 billion won of goods and 300 billion won of shipping: cost x value is about
        // 10^23
        PackAllocation units =
                PackAllocation.of(
                        PackLine.of(BOX_LINE, 1),
                        List.of(
                                pledge(BAKERY_KIM, "09:00", 700_000),
                                pledge(CAFE_LEE, "09:10", 500_000)));

        // when
        CostSplit split =
                CostSplit.of(
                        List.of(PricedLine.of(units, Won.of(500_000))),
                        List.of(SharedCost.of("배송비", Won.of(300_000_000_001L))));

        // then 7/12 and 5/12 of it, the left-over won to the larger fraction (.58 against .42)
        assertThat(shareOf(split, BAKERY_KIM)).isEqualTo(Won.of(175_000_000_001L));
        assertThat(shareOf(split, CAFE_LEE)).isEqualTo(Won.of(125_000_000_000L));
        assertThat(split.total()).isEqualTo(Won.of(900_000_000_001L));
    }

    @Test
    void sharedCostsCannotBeSplitWhenNobodyReceivesAnything() {
        // given only 10 eggs pledged: no tray is ordered
        PackAllocation eggs =
                PackAllocation.of(EGGS_BY_THE_TRAY, List.of(pledge(CAFE_LEE, "09:00", 10)));
        List<PricedLine> nothing = List.of(PricedLine.of(eggs, EGG));

        // then shipping is refused, but a purchase without shared costs simply bills nothing
        assertRefused(
                () -> CostSplit.of(nothing, List.of(SharedCost.of("배송비", Won.of(5_000)))),
                "error.split.nothingAllocated");
        assertThat(CostSplit.of(nothing, List.of()).total()).isEqualTo(Won.ZERO);
        assertThat(CostSplit.of(nothing, List.of(SharedCost.of("배송비", Won.ZERO))).total())
                .isEqualTo(Won.ZERO);
    }

    @Test
    void aCostSplitByValueNeedsGoodsOfSomeValue() {
        PackAllocation samples =
                PackAllocation.of(EGGS_BY_THE_TRAY, List.of(pledge(CAFE_LEE, "09:00", 30)));

        assertRefused(
                () ->
                        CostSplit.of(
                                List.of(PricedLine.of(samples, Won.ZERO)),
                                List.of(SharedCost.of("배송비", Won.of(3_000)))),
                "error.split.zeroBasis");
        assertThat(
                        shareOf(
                                CostSplit.of(
                                        List.of(PricedLine.of(samples, Won.ZERO)),
                                        List.of(
                                                new SharedCost(
                                                        "배송비",
                                                        Won.of(3_000),
                                                        SplitBasis.BY_UNITS))),
                                CAFE_LEE))
                .isEqualTo(Won.of(3_000));
    }

    @Test
    void negativePricesAndCostsAreRefused() {
        PackAllocation eggs =
                PackAllocation.of(EGGS_BY_THE_TRAY, List.of(pledge(CAFE_LEE, "09:00", 30)));

        assertRefused(() -> PricedLine.of(eggs, Won.of(-300)), "error.line.negativePrice");
        assertRefused(() -> SharedCost.of("배송비", Won.of(-1)), "error.split.negativeCost");
    }

    @Test
    void aMemberAppearsOnlyOncePerLine() {
        Pledge pledge = pledge(CAFE_LEE, "09:00", 30);
        MemberAllocation thirty = new MemberAllocation(pledge, 30, 0);

        assertRefused(
                () ->
                        CostSplit.of(
                                List.of(new PricedLine(EGG_LINE, EGG, List.of(thirty, thirty))),
                                List.of()),
                "error.pledge.duplicate");
    }

    static Won shareOf(CostSplit split, long memberId) {
        return split.member(memberId).orElseThrow().sharedCosts();
    }
}
