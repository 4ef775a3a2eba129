package org.sangsaeng.purchase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.MarketTime;

/** Merchants of 태평3동 전통시장, their catalogue lines, and pledges made the week before Chuseok. */
final class PurchaseFixtures {

    static final long BAKERY_KIM = 11; // 김씨네 제과점
    static final long RICE_CAKE_PARK = 12; // 박가네 떡집
    static final long CAFE_LEE = 13; // 이음 카페
    static final long SNACK_BAR_CHOI = 14; // 최고 분식
    static final long SIDE_DISHES_JUNG = 15; // 정성 반찬가게

    static final long FLOUR_LINE = 101; // flour in kilograms, sold in 20 kg sacks
    static final long EGG_LINE = 102; // eggs, sold in trays of 30
    static final long BOX_LINE = 103; // cake boxes, sold in bundles of 100

    static final PackLine FLOUR_BY_THE_SACK = PackLine.of(FLOUR_LINE, 20);
    static final PackLine EGGS_BY_THE_TRAY = PackLine.of(EGG_LINE, 30);
    static final PackLine BOXES_BY_THE_HUNDRED = PackLine.of(BOX_LINE, 100);

    private PurchaseFixtures() {}

    /** A pledge at hh:mm on 2026-09-14, the week before Chuseok. */
    static Pledge pledge(long memberId, String time, long quantity, long tolerance) {
        return new Pledge(memberId, at(time), quantity, tolerance);
    }

    static Pledge pledge(long memberId, String time, long quantity) {
        return pledge(memberId, time, quantity, 0);
    }

    static Instant at(String time) {
        return LocalDateTime.parse("2026-09-14T" + time).atZone(MarketTime.ZONE).toInstant();
    }

    /** The units each member receives, in pledge order. */
    static List<Long> unitsOf(PackAllocation allocation) {
        return allocation.members().stream().map(MemberAllocation::units).toList();
    }

    /** The call is refused with the message the user would see. */
    static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo(messageKey);
    }
}
