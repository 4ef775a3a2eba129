package org.sangsaeng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressTests {

    @Test
    void linksAreTheAddressAndThePathWithOneSlashBetween() {
        PublicAddress address = new PublicAddress(" https://sangsaeng.example.kr/ ");

        assertThat(address.base()).isEqualTo("https://sangsaeng.example.kr");
        assertThat(address.of("/c/p/abc")).isEqualTo("https://sangsaeng.example.kr/c/p/abc");
        assertThat(address.of("tasks/12")).isEqualTo("https://sangsaeng.example.kr/tasks/12");
        assertThat(address.of("https://elsewhere.example/x"))
                .isEqualTo("https://elsewhere.example/x");
    }

    @Test
    void anAddressUnderAPathKeepsIt() {
        assertThat(new PublicAddress("https://example.kr/sangsaeng").of("/market/3"))
                .isEqualTo("https://example.kr/sangsaeng/market/3");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "sangsaeng.example.kr",
                "localhost:8080",
                "ftp://example.kr",
                "https://example.kr/?a=1",
                "https://",
                "https://exa mple.kr"
            })
    void anAddressPhonesCannotOpenStopsTheStartWithItsReason(String url) {
        assertThatThrownBy(() -> new PublicAddress(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SANGSAENG_PUBLIC_URL")
                .hasMessageContaining("'" + url + "'");
    }
}
