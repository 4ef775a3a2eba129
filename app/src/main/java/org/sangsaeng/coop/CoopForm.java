package org.sangsaeng.coop;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A co-op as the foundation records it: the market it belongs to (fixed once created), its name
 * (unique) and an optional description.
 */
public record CoopForm(
        @Schema(example = "1") Long marketId,
        @Schema(example = "태평3동 상인협동조합") String name,
        @Schema(example = "태평3동 전통시장 상인들의 공동구매와 정보 나눔") String description) {

    /**
     * The form with blanks trimmed; refused, naming the field, when something is missing or too
     * long.
     */
    public CoopForm checked() {
        if (marketId == null) {
            throw new org.sangsaeng.shared.InvalidInputException("error.admin.market.required");
        }
        return new CoopForm(
                marketId,
                Fields.required(name, 100, "coopName"),
                Fields.optional(description, 1000, "description"));
    }
}
