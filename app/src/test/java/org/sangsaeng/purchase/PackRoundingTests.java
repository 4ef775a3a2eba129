package org.sangsaeng.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.purchase.PurchaseFixtures.BAKERY_KIM;
import static org.sangsaeng.purchase.PurchaseFixtures.BOXES_BY_THE_HUNDRED;
import static org.sangsaeng.purchase.PurchaseFixtures.CAFE_LEE;
import static org.sangsaeng.purchase.PurchaseFixtures.EGGS_BY_THE_TRAY;
import static org.sangsaeng.purchase.PurchaseFixtures.FLOUR_BY_THE_SACK;
import static org.sangsaeng.purchase.PurchaseFixtures.FLOUR_LINE;
import static org.sangsaeng.purchase.PurchaseFixtures.RICE_CAKE_PARK;
import static org.sangsaeng.purchase.PurchaseFixtures.SIDE_DISHES_JUNG;
import static org.sangsaeng.purchase.PurchaseFixtures.SNACK_BAR_CHOI;
import static org.sangsaeng.purchase.PurchaseFixtures.pledge;
import static org.sangsaeng.purchase.PurchaseFixtures.unitsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackRoundingTests {

    @Test
    void pledgesThatAddUpToWholeTraysOrderExactlyThoseTrays() {
        // given 180 eggs pledged: six trays of 30
        List<Pledge> pledges =
                List.of(
                        pledge(BAKERY_KIM, "09:00", 90),
                        pledge(CAFE_LEE, "09:20", 60, 10),
                        pledge(SNACK_BAR_CHOI, "10:05", 30));

        // when
        PackAllocation eggs = PackAllocation.of(EGGS_BY_THE_TRAY, pledges);

        // then nobody's tolerance is needed
        assertThat(eggs.packs()).isEqualTo(6);
        assertThat(eggs.units()).isEqualTo(180);
        assertThat(unitsOf(eggs)).containsExactly(90L, 60L, 30L);
        assertThat(eggs.fill()).isEqualTo(new PackFill(30, 180, 10, 6, 0, 0));
    }

    @Test
    void toleranceCompletesTheLastSackOfFlour() {
        // given 25 kg + 10 kg firm = 35 kg: one full sack and 15 kg towards a second
        List<Pledge> pledges =
                List.of(pledge(BAKERY_KIM, "09:00", 25), pledge(RICE_CAKE_PARK, "09:30", 10, 5));

        // when
        PackAllocation flour = PackAllocation.of(FLOUR_BY_THE_SACK, pledges);

        // then the rice-cake shop's 5 kg of tolerance completes the second sack and it takes them
        assertThat(flour.fill().fullPacks()).isEqualTo(1);
        assertThat(flour.fill().unitsTowardsNextPack()).isEqualTo(15);
        assertThat(flour.fill().unitsMissing()).isEqualTo(5);
        assertThat(flour.fill().toleranceCompletesNextPack()).isTrue();
        assertThat(flour.packs()).isEqualTo(2);
        assertThat(flour.units()).isEqualTo(40);
        assertThat(flour.member(RICE_CAKE_PARK).orElseThrow())
                .isEqualTo(new MemberAllocation(pledges.get(1), 10, 5));
        assertThat(flour.member(BAKERY_KIM).orElseThrow().units()).isEqualTo(25);
    }

    @Test
    void toleranceExactlyEqualToWhatIsMissingIsEnough() {
        // given 250 boxes firm, 50 missing for a third bundle, 30 + 20 boxes of tolerance
        List<Pledge> pledges =
                List.of(
                        pledge(BAKERY_KIM, "09:00", 150, 30),
                        pledge(RICE_CAKE_PARK, "09:10", 100, 20));

        // when
        PackAllocation boxes = PackAllocation.of(BOXES_BY_THE_HUNDRED, pledges);

        // then three bundles, and both take all their tolerance
        assertThat(boxes.packs()).isEqualTo(3);
        assertThat(unitsOf(boxes)).containsExactly(180L, 120L);
    }

    @Test
    void toleranceNeverFillsAPackOnItsOwn() {
        // given nobody wants eggs for sure, though together they would accept 70
        List<Pledge> pledges =
                List.of(pledge(BAKERY_KIM, "09:00", 0, 40), pledge(CAFE_LEE, "09:20", 0, 30));

        // when
        PackAllocation eggs = PackAllocation.of(EGGS_BY_THE_TRAY, pledges);

        // then no tray is ordered and nobody receives eggs
        assertThat(eggs.packs()).isZero();
        assertThat(eggs.units()).isZero();
        assertThat(unitsOf(eggs)).containsExactly(0L, 0L);
        assertThat(eggs.fill().toleranceCompletesNextPack()).isFalse();
        assertThat(eggs.fill().unitsTowardsNextPack()).isZero();
    }

    @Test
    void toleranceDoesNotAddAPackBeyondTheOneFirmPledgesBegan() {
        // given 20 kg firm is one full sack; 30 kg of tolerance would fill another, but nobody
        // began it
        List<Pledge> pledges = List.of(pledge(BAKERY_KIM, "09:00", 20, 30));

        // when
        PackAllocation flour = PackAllocation.of(FLOUR_BY_THE_SACK, pledges);

        // then
        assertThat(flour.packs()).isEqualTo(1);
        assertThat(unitsOf(flour)).containsExactly(20L);
    }

    @Test
    void aBegunBundleThatToleranceCannotCompleteIsDropped() {
        // given 250 boxes firm: 50 towards a third bundle, which lacks 50; only 30 boxes of
        // tolerance
        List<Pledge> pledges =
                List.of(
                        pledge(BAKERY_KIM, "09:00", 120, 10),
                        pledge(RICE_CAKE_PARK, "09:15", 80, 20),
                        pledge(SIDE_DISHES_JUNG, "11:40", 50));

        // when
        PackAllocation boxes = PackAllocation.of(BOXES_BY_THE_HUNDRED, pledges);

        // then two bundles: the side-dish shop, last to pledge, goes without
        assertThat(boxes.fill().unitsMissing()).isEqualTo(50);
        assertThat(boxes.fill().toleranceCompletesNextPack()).isFalse();
        assertThat(boxes.packs()).isEqualTo(2);
        assertThat(boxes.units()).isEqualTo(200);
        assertThat(unitsOf(boxes)).containsExactly(120L, 80L, 0L);
        assertThat(boxes.member(SIDE_DISHES_JUNG).orElseThrow().unitsNotServed()).isEqualTo(50);
    }

    @Test
    void tooLittleForASingleTrayOrdersNothing() {
        // given 20 eggs firm, 5 of tolerance: a tray of 30 lacks 10
        List<Pledge> pledges =
                List.of(pledge(CAFE_LEE, "09:00", 12, 5), pledge(SNACK_BAR_CHOI, "09:30", 8));

        // when
        PackAllocation eggs = PackAllocation.of(EGGS_BY_THE_TRAY, pledges);

        // then
        assertThat(eggs.packs()).isZero();
        assertThat(unitsOf(eggs)).containsExactly(0L, 0L);
        assertThat(eggs.member(CAFE_LEE).orElseThrow().unitsNotServed()).isEqualTo(12);
    }

    @Test
    void flourPledgedInWholeSacksIsOrderedAsPledged() {
        // given the unit is the sack itself
        PackLine sacks = PackLine.of(FLOUR_LINE, 1);
        List<Pledge> pledges =
                List.of(pledge(BAKERY_KIM, "09:00", 4, 1), pledge(RICE_CAKE_PARK, "09:30", 3));

        // when
        PackAllocation flour = PackAllocation.of(sacks, pledges);

        // then no rounding happens and tolerance is never called on
        assertThat(flour.packs()).isEqualTo(7);
        assertThat(unitsOf(flour)).containsExactly(4L, 3L);
        assertThat(flour.fill().unitsMissing()).isZero();
    }

    @Test
    void theLiveFillShowsHowFarTheNextTrayHasGot() {
        // given 40 eggs pledged so far: one tray full, 10 eggs on the next
        List<Pledge> soFar =
                List.of(pledge(BAKERY_KIM, "09:00", 25, 3), pledge(CAFE_LEE, "09:20", 15));

        // when
        PackFill fill = PackAllocation.of(EGGS_BY_THE_TRAY, soFar).fill();

        // then the display can say "1 tray full, 10 of 30 eggs on the next, 20 to go"
        assertThat(fill.fullPacks()).isEqualTo(1);
        assertThat(fill.unitsTowardsNextPack()).isEqualTo(10);
        assertThat(fill.unitsMissing()).isEqualTo(20);
        assertThat(fill.toleranceCompletesNextPack()).isFalse();
        assertThat(fill.packsToOrder()).isEqualTo(1);

        // and when the snack bar pledges 12 eggs, and would take up to 5 more
        List<Pledge> later =
                List.of(soFar.get(0), soFar.get(1), pledge(SNACK_BAR_CHOI, "10:00", 12, 5));
        PackFill after = PackAllocation.of(EGGS_BY_THE_TRAY, later).fill();

        // then 22 eggs are on the second tray and the 8 missing are covered by tolerance (3 + 5)
        assertThat(after.unitsTowardsNextPack()).isEqualTo(22);
        assertThat(after.unitsMissing()).isEqualTo(8);
        assertThat(after.toleranceCompletesNextPack()).isTrue();
        assertThat(after.packsToOrder()).isEqualTo(2);
    }

    @Test
    void noPledgesOrderNothing() {
        PackAllocation eggs = PackAllocation.of(EGGS_BY_THE_TRAY, List.of());

        assertThat(eggs.packs()).isZero();
        assertThat(eggs.members()).isEmpty();
        assertThat(eggs.fill()).isEqualTo(new PackFill(30, 0, 0, 0, 0, 0));
    }
}
