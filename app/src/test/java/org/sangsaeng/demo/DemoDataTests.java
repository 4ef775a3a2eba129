package org.sangsaeng.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Demo data is for trying Sangsaeng: a database given a first administrator is a production one,
 * and gets none.
 */
class DemoDataTests {

    @Test
    void demoDataIsRefusedWhenAFirstAdministratorIsConfigured() {
        assertThatThrownBy(
                        () ->
                                new DemoData(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "",
                                        8080,
                                        "jeong.admin"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "SANGSAENG_DEMO=true and SANGSAENG_ADMIN_USERNAME exclude each other");
    }

    @Test
    void everyDemoShopIsDescribedWithinTheOwnersLimits() {
        assertThat(DemoData.SHOPS.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        DemoData.MERCHANTS.stream().map(DemoData.Merchant::username).toList());
        DemoData.SHOPS
                .values()
                .forEach(
                        form -> {
                            assertThat(form.openingHours())
                                    .hasSizeLessThanOrEqualTo(
                                            org.sangsaeng.membership.ShopProfileForm.MAX_HOURS);
                            assertThat(form.place())
                                    .hasSizeLessThanOrEqualTo(
                                            org.sangsaeng.membership.ShopProfileForm.MAX_PLACE);
                            assertThat(form.description())
                                    .hasSizeLessThanOrEqualTo(
                                            org.sangsaeng.membership.ShopProfileForm
                                                    .MAX_DESCRIPTION);
                            if (form.phone() != null) {
                                assertThat(org.sangsaeng.shared.ContactPhones.dashed(form.phone()))
                                        .hasValue(form.phone());
                            }
                        });
    }

    @Test
    void demoSuppliersPassTheFoundationsOwnChecks() {
        assertThat(DemoData.FLOUR_SUPPLIER.checked()).isEqualTo(DemoData.FLOUR_SUPPLIER);
        assertThat(DemoData.EGG_SUPPLIER.checked()).isEqualTo(DemoData.EGG_SUPPLIER);
    }
}
