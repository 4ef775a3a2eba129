package org.sangsaeng.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sangsaeng.shared.Csv;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Tokens;

/** The rules of a coupon's discount, and of the phone numbers and CSV cells customers come with. */
class CouponRulesTests {

    @Test
    void aFixedDiscountComesOffInFullAndNeverMoreThanThePurchase() {
        Discount twoThousand = new Discount(DiscountType.FIXED, 2_000L, null, null, null, 10_000);
        assertThat(twoThousand.off(12_500)).isEqualTo(2_000);
        assertThat(twoThousand.off(10_000)).isEqualTo(2_000);
        assertThat(twoThousand.largestDiscount()).isEqualTo(2_000);
    }

    @Test
    void aPercentageIsRoundedDownToTheWonAndCapped() {
        Discount tenPercent = new Discount(DiscountType.PERCENT, null, 10, 3_000L, null, 0);
        assertThat(tenPercent.off(12_345)).as("1,234.5 won, rounded down").isEqualTo(1_234);
        assertThat(tenPercent.off(50_000)).as("the cap").isEqualTo(3_000);
        assertThat(tenPercent.largestDiscount()).isEqualTo(3_000);
    }

    @Test
    void aFreeItemTakesNoWonOff() {
        Discount bread = new Discount(DiscountType.FREE_ITEM, null, null, null, " 단팥빵 1개 ", 5_000);
        assertThat(bread.freeItem()).isEqualTo("단팥빵 1개");
        assertThat(bread.off(5_000)).isZero();
    }

    @Test
    void aPurchaseBelowTheMinimumIsRefused() {
        Discount d = new Discount(DiscountType.FIXED, 1_000L, null, null, null, 10_000);
        assertThatThrownBy(() -> d.off(9_999))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.coupon.belowMinimum");
    }

    @Test
    void impossibleDiscountsAreRefused() {
        assertThatThrownBy(
                        () -> new Discount(DiscountType.FIXED, 12_000L, null, null, null, 10_000))
                .hasMessage("error.coupon.discountAboveMinimum");
        assertThatThrownBy(() -> new Discount(DiscountType.FIXED, 0L, null, null, null, 10_000))
                .hasMessage("error.coupon.fixedAmount");
        assertThatThrownBy(() -> new Discount(DiscountType.PERCENT, null, 0, 1_000L, null, 0))
                .hasMessage("error.coupon.percent");
        assertThatThrownBy(() -> new Discount(DiscountType.PERCENT, null, 101, 1_000L, null, 0))
                .hasMessage("error.coupon.percent");
        assertThatThrownBy(() -> new Discount(DiscountType.PERCENT, null, 10, null, null, 0))
                .hasMessage("error.coupon.cap");
        assertThatThrownBy(() -> new Discount(DiscountType.FREE_ITEM, null, null, null, " ", 0))
                .hasMessage("error.coupon.freeItem");
        assertThatThrownBy(() -> new Discount(null, 1L, null, null, null, 0))
                .hasMessage("error.coupon.discountType");
    }

    @Test
    void mobileNumbersAreStoredInOneFormAndShownMasked() {
        assertThat(Phones.normalize("01012345678")).isEqualTo("010-1234-5678");
        assertThat(Phones.normalize(" 011-234-5678 ")).isEqualTo("011-234-5678");
        assertThat(Phones.masked("010-1234-5678")).isEqualTo("010-****-5678");
        assertThatThrownBy(() -> Phones.normalize("02-123-4567"))
                .hasMessage("error.customer.phone");
        assertThatThrownBy(() -> Phones.normalize("010-1234-567"))
                .hasMessage("error.customer.phone");
    }

    @Test
    void csvCellsWithCommasAndQuotesRoundTripAndFormulasAreDefused() {
        assertThat(Csv.split("\"김, 단골\",010-1234-5678,2026-11-01,\"문자 수신 \"\"동의\"\"\",vip;빵"))
                .containsExactly("김, 단골", "010-1234-5678", "2026-11-01", "문자 수신 \"동의\"", "vip;빵");
        assertThat(Csv.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void codesAreEightCharactersWithoutLookAlikesAndTokensAreLong() {
        String code = Tokens.code();
        assertThat(code).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
        assertThat(Tokens.token()).hasSize(43).isNotEqualTo(Tokens.token());
    }
}
