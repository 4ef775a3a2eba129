package org.sangsaeng.coop;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A market as the foundation records it: its name (unique), district (성남시 수정구) and street address.
 */
public record MarketForm(
        @Schema(example = "태평3동 전통시장") String name,
        @Schema(example = "성남시 수정구") String district,
        @Schema(example = "경기도 성남시 수정구 태평로 123") String address) {

    /**
     * The form with blanks trimmed; refused, naming the field, when something is missing or too
     * long.
     */
    public MarketForm checked() {
        return new MarketForm(
                Fields.required(name, 100, "marketName"),
                Fields.required(district, 100, "district"),
                Fields.required(address, 200, "address"));
    }
}
