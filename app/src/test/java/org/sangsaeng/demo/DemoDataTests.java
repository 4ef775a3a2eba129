package org.sangsaeng.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Demo data is for trying Sangsaeng: a database given a first administrator is a production one, and gets none. */
class DemoDataTests {

    @Test
    void demoDataIsRefusedWhenAFirstAdministratorIsConfigured() {
        assertThatThrownBy(() -> new DemoData(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "", 8080, "jeong.admin"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SANGSAENG_DEMO=true and SANGSAENG_ADMIN_USERNAME exclude each other");
    }

    @Test
    void demoSuppliersPassTheFoundationsOwnChecks() {
        assertThat(DemoData.FLOUR_SUPPLIER.checked()).isEqualTo(DemoData.FLOUR_SUPPLIER);
        assertThat(DemoData.EGG_SUPPLIER.checked()).isEqualTo(DemoData.EGG_SUPPLIER);
    }
}
