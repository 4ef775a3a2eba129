package org.sangsaeng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessNumberTests {

    @Test
    void aNumberWithItsRightCheckDigitIsTakenInItsDashedForm() {
        // 1*1 + 2*3 + 4*7 + 5*1 + 6*3 + 7*7 + 8*1 + 9*3 + 0*5 = 142, + floor(0*5/10) = 142 -> check
        // (10 - 2) % 10 = 8
        assertThat(BusinessNumber.of("124-56-78908").value()).isEqualTo("124-56-78908");
        assertThat(BusinessNumber.of(" 1245678908 ").value()).isEqualTo("124-56-78908");
    }

    @Test
    void theNinthDigitCountsOnceMoreWithTheTensOfItsWeightedProduct() {
        // 2*1 + 2*3 + 0*7 + 8*1 + 1*3 + 4*7 + 3*1 + 3*3 + 7*5 = 94, + floor(7*5/10) = 97 -> check 3
        assertThat(BusinessNumber.of("220-81-43373").value()).isEqualTo("220-81-43373");
        assertThatThrownBy(() -> BusinessNumber.of("220-81-43376"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.businessNumber.checkDigit");
    }

    @Test
    void aCheckDigitOfTenWrapsToZero() {
        // 1*1 + 0*3 + 0*7 + 0*1 + 0*3 + 0*7 + 0*1 + 3*3 + 0*5 = 10 -> (10 - 0) % 10 = 0
        assertThat(BusinessNumber.of("100-00-00300").value()).isEqualTo("100-00-00300");
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        for (int wrong = 0; wrong <= 9; wrong++) {
            if (wrong != 8) {
                String typed = "124-56-7890" + wrong;
                assertThatThrownBy(() -> BusinessNumber.of(typed))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessage("error.businessNumber.checkDigit");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12-345-67890",
                "124-56-7890",
                "124-56-789080",
                "124_56_78908",
                "12a-56-78908",
                "124--56-78908",
                "１２４-56-78908"
            })
    void aNumberOfTheWrongFormIsRefused(String typed) {
        assertThatThrownBy(() -> BusinessNumber.of(typed))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.businessNumber.format");
    }

    @Test
    void nothingIsRefusedAsOfTheWrongForm() {
        assertThatThrownBy(() -> BusinessNumber.of(null)).hasMessage("error.businessNumber.format");
    }

    @Test
    void completingAddsTheCheckDigit() {
        assertThat(BusinessNumber.completing("124-56-7890").value()).isEqualTo("124-56-78908");
        assertThat(BusinessNumber.completing("220814337").value()).isEqualTo("220-81-43373");
    }
}
