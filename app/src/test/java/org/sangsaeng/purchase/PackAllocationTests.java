package org.sangsaeng.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sangsaeng.purchase.PurchaseFixtures.BAKERY_KIM;
import static org.sangsaeng.purchase.PurchaseFixtures.BOXES_BY_THE_HUNDRED;
import static org.sangsaeng.purchase.PurchaseFixtures.CAFE_LEE;
import static org.sangsaeng.purchase.PurchaseFixtures.EGGS_BY_THE_TRAY;
import static org.sangsaeng.purchase.PurchaseFixtures.EGG_LINE;
import static org.sangsaeng.purchase.PurchaseFixtures.FLOUR_BY_THE_SACK;
import static org.sangsaeng.purchase.PurchaseFixtures.RICE_CAKE_PARK;
import static org.sangsaeng.purchase.PurchaseFixtures.SIDE_DISHES_JUNG;
import static org.sangsaeng.purchase.PurchaseFixtures.SNACK_BAR_CHOI;
import static org.sangsaeng.purchase.PurchaseFixtures.assertRefused;
import static org.sangsaeng.purchase.PurchaseFixtures.at;
import static org.sangsaeng.purchase.PurchaseFixtures.pledge;
import static org.sangsaeng.purchase.PurchaseFixtures.unitsOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackAllocationTests {

    @Test
    void whenUnitsRunShortTheMemberWhoPledgedLastLosesFirst() {
        // given 230 boxes pledged; only 200 make whole bundles
        List<Pledge> pledges =
                List.of(
                        pledge(SNACK_BAR_CHOI, "10:30", 40),
                        pledge(BAKERY_KIM, "09:00", 100),
                        pledge(RICE_CAKE_PARK, "09:45", 90));

        // when
        PackAllocation boxes = PackAllocation.of(BOXES_BY_THE_HUNDRED, pledges);

        // then the bakery and the rice-cake shop get all they asked for, the snack bar the 10 left
        assertThat(boxes.members())
                .extracting(MemberAllocation::memberId)
                .containsExactly(BAKERY_KIM, RICE_CAKE_PARK, SNACK_BAR_CHOI);
        assertThat(unitsOf(boxes)).containsExactly(100L, 90L, 10L);
        assertThat(boxes.member(SNACK_BAR_CHOI).orElseThrow().unitsNotServed()).isEqualTo(30);
    }

    @Test
    void firmQuantitiesAreServedBeforeAnyTolerance() {
        // given the bakery pledged first with tolerance, the rice-cake shop later without
        List<Pledge> pledges =
                List.of(pledge(BAKERY_KIM, "09:00", 10, 10), pledge(RICE_CAKE_PARK, "09:05", 20));
        PackAllocation flour = PackAllocation.of(FLOUR_BY_THE_SACK, pledges);
        assertThat(flour.packs()).isEqualTo(2);
        assertThat(unitsOf(flour)).containsExactly(20L, 20L);

        // when the supplier confirms only one sack
        PackAllocation confirmed = flour.afterSupplierConfirmed(1);

        // then the later firm 10 kg outrank the earlier tolerance
        assertThat(confirmed.members())
                .containsExactly(
                        new MemberAllocation(pledges.get(0), 10, 0),
                        new MemberAllocation(pledges.get(1), 10, 0));
    }

    @Test
    void toleranceIsTakenInPledgeOrderToo() {
        // given 50 eggs firm, 10 missing for a second tray, and 25 eggs of tolerance
        List<Pledge> pledges =
                List.of(
                        pledge(CAFE_LEE, "09:20", 20, 15),
                        pledge(BAKERY_KIM, "09:00", 30, 6),
                        pledge(SNACK_BAR_CHOI, "10:00", 0, 4));

        // when
        PackAllocation eggs = PackAllocation.of(EGGS_BY_THE_TRAY, pledges);

        // then the bakery's 6 first, then 4 of the cafe's 15; the snack bar gets none
        assertThat(eggs.packs()).isEqualTo(2);
        assertThat(eggs.members())
                .extracting(
                        MemberAllocation::memberId,
                        MemberAllocation::firmUnits,
                        MemberAllocation::toleranceUnits)
                .containsExactly(
                        tuple(BAKERY_KIM, 30L, 6L),
                        tuple(CAFE_LEE, 20L, 4L),
                        tuple(SNACK_BAR_CHOI, 0L, 0L));
    }

    @Test
    void pledgesAtTheSameMomentAreServedSmallerMemberIdFirst() {
        // given two shops pledged in the same second; a third earlier
        Pledge cafe = pledge(CAFE_LEE, "09:00", 15);
        Pledge bakery = pledge(BAKERY_KIM, "09:00", 15);
        Pledge riceCake = pledge(RICE_CAKE_PARK, "08:59", 15);

        // when 45 eggs round down to one tray, whatever order the pledges are listed in
        for (List<Pledge> order :
                List.of(
                        List.of(cafe, bakery, riceCake),
                        List.of(bakery, riceCake, cafe),
                        List.of(riceCake, cafe, bakery))) {
            PackAllocation eggs = PackAllocation.of(EGGS_BY_THE_TRAY, order);

            // then the earlier pledge first, then the bakery (id 11) before the cafe (id 13)
            assertThat(eggs.members())
                    .extracting(MemberAllocation::memberId)
                    .containsExactly(RICE_CAKE_PARK, BAKERY_KIM, CAFE_LEE);
            assertThat(unitsOf(eggs)).containsExactly(15L, 15L, 0L);
        }
    }

    @Test
    void aPartialFillIsSharedOutByTheSameRule() {
        // given 150 eggs pledged: five trays ordered
        List<Pledge> pledges =
                List.of(
                        pledge(BAKERY_KIM, "09:00", 60),
                        pledge(RICE_CAKE_PARK, "09:10", 45, 5),
                        pledge(CAFE_LEE, "09:30", 30),
                        pledge(SIDE_DISHES_JUNG, "12:00", 15));
        PackAllocation ordered = PackAllocation.of(EGGS_BY_THE_TRAY, pledges);
        assertThat(ordered.packs()).isEqualTo(5);

        // when the supplier confirms three trays
        PackAllocation confirmed = ordered.afterSupplierConfirmed(3);

        // then 90 eggs go first come, first served
        assertThat(confirmed.orderedPacks()).isEqualTo(5);
        assertThat(confirmed.packs()).isEqualTo(3);
        assertThat(confirmed.units()).isEqualTo(90);
        assertThat(unitsOf(confirmed)).containsExactly(60L, 30L, 0L, 0L);
        assertThat(confirmed.fill()).isEqualTo(ordered.fill());
    }

    @Test
    void aFullConfirmationChangesNothingAndNoneLeavesEveryoneEmptyHanded() {
        List<Pledge> pledges =
                List.of(pledge(BAKERY_KIM, "09:00", 35), pledge(RICE_CAKE_PARK, "09:10", 0, 5));
        PackAllocation ordered = PackAllocation.of(FLOUR_BY_THE_SACK, pledges);

        assertThat(ordered.afterSupplierConfirmed(2).members()).isEqualTo(ordered.members());
        assertThat(unitsOf(ordered.afterSupplierConfirmed(0))).containsExactly(0L, 0L);
        assertThat(unitsOf(ordered.afterSupplierConfirmed(1))).containsExactly(20L, 0L);
    }

    @Test
    void theSupplierCannotConfirmMorePacksThanWereOrderedNorFewerThanNone() {
        PackAllocation ordered =
                PackAllocation.of(EGGS_BY_THE_TRAY, List.of(pledge(BAKERY_KIM, "09:00", 150)));

        assertRefused(() -> ordered.afterSupplierConfirmed(6), "error.allocation.confirmedPacks");
        assertRefused(() -> ordered.afterSupplierConfirmed(-1), "error.allocation.confirmedPacks");
        assertRefused(
                () -> ordered.afterSupplierConfirmed(3).afterSupplierConfirmed(6),
                "error.allocation.confirmedPacks");
    }

    @Test
    void invalidPledgesAndLinesAreRefused() {
        assertRefused(() -> pledge(BAKERY_KIM, "09:00", -1), "error.pledge.negative");
        assertRefused(() -> pledge(BAKERY_KIM, "09:00", 10, -5), "error.pledge.negative");
        assertRefused(() -> PackLine.of(EGG_LINE, 0), "error.line.packSize");
        assertRefused(() -> PackLine.of(EGG_LINE, -30), "error.line.packSize");
        assertRefused(() -> new PackLine(EGG_LINE, 30, -1L), "error.line.maximum");
    }

    @Test
    void aPledgeAboveTheLinesMaximumIsRefused() {
        // given at most 60 eggs per shop, so that the scarce free-range eggs go round
        PackLine freeRange = new PackLine(EGG_LINE, 30, 60L);

        // then 60 is fine and 61 is not
        assertThat(
                        PackAllocation.of(freeRange, List.of(pledge(BAKERY_KIM, "09:00", 60, 20)))
                                .packs())
                .isEqualTo(2);
        assertPledgesRefused(
                "error.pledge.aboveMaximum",
                freeRange,
                pledge(BAKERY_KIM, "09:00", 60),
                pledge(CAFE_LEE, "09:10", 61));
    }

    @Test
    void aMemberPledgesOnlyOncePerLine() {
        assertPledgesRefused(
                "error.pledge.duplicate",
                FLOUR_BY_THE_SACK,
                pledge(BAKERY_KIM, "09:00", 20),
                pledge(BAKERY_KIM, "09:30", 10));
    }

    @Test
    void generatedPledgesAlwaysFillTheOrderedPacksExactlyAndFirstComeFirstServed() {
        Random random = new Random(20260914L);
        for (int purchase = 0; purchase < 2_000; purchase++) {
            // given
            PackLine line =
                    PackLine.of(EGG_LINE, 1 + random.nextInt(random.nextBoolean() ? 5 : 120));
            List<Pledge> pledges = new ArrayList<>();
            int members = 1 + random.nextInt(30);
            for (int m = 0; m < members; m++) {
                Instant time = at("09:00").plusSeconds(random.nextInt(600));
                pledges.add(
                        new Pledge(
                                1 + m,
                                time,
                                random.nextInt(4) == 0 ? 0 : random.nextInt(200),
                                random.nextInt(3) == 0 ? random.nextInt(60) : 0));
            }
            Collections.shuffle(pledges, random);

            // when
            PackAllocation ordered = PackAllocation.of(line, pledges);
            PackAllocation confirmed =
                    ordered.afterSupplierConfirmed(random.nextLong(ordered.packs() + 1));

            // then
            long firm = pledges.stream().mapToLong(Pledge::quantity).sum();
            long tolerance = pledges.stream().mapToLong(Pledge::tolerance).sum();
            long p = line.packSize();
            long expectedPacks = firm / p + (firm % p > 0 && firm % p + tolerance >= p ? 1 : 0);
            assertThat(ordered.packs()).as("packs for %s", pledges).isEqualTo(expectedPacks);
            for (PackAllocation allocation : List.of(ordered, confirmed)) {
                assertFirstComeFirstServed(allocation);
            }
        }
    }

    static void assertFirstComeFirstServed(PackAllocation allocation) {
        List<MemberAllocation> members = allocation.members();
        assertThat(members.stream().mapToLong(MemberAllocation::units).sum())
                .isEqualTo(allocation.units());
        boolean firmRanShort = false;
        boolean toleranceRanShort = false;
        for (int i = 0; i < members.size(); i++) {
            MemberAllocation member = members.get(i);
            if (i > 0) {
                Pledge before = members.get(i - 1).pledge();
                assertThat(PackAllocation.FIRST_COME.compare(before, member.pledge())).isNegative();
            }
            if (firmRanShort) {
                assertThat(member.firmUnits()).as("firm units after someone ran short").isZero();
            }
            firmRanShort |= member.unitsNotServed() > 0;
            if (toleranceRanShort) {
                assertThat(member.toleranceUnits())
                        .as("tolerance after someone's ran short")
                        .isZero();
            }
            toleranceRanShort |= member.toleranceUnits() < member.pledge().tolerance();
        }
        if (firmRanShort) {
            assertThat(members).allSatisfy(member -> assertThat(member.toleranceUnits()).isZero());
        }
    }

    private static void assertPledgesRefused(String messageKey, PackLine line, Pledge... pledges) {
        assertRefused(() -> PackAllocation.of(line, List.of(pledges)), messageKey);
    }
}
