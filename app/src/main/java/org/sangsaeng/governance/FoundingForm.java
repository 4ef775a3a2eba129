package org.sangsaeng.governance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.sangsaeng.membership.BusinessType;

/**
 * A proposal to found a co-op: its market, name and purpose, the first rules (version 1) and at
 * least five founders, the proposer among them (Framework Act on Cooperatives), each with the shop
 * they bring.
 */
public record FoundingForm(
        @Schema(example = "1") Long marketId,
        @Schema(example = "모란시장 상인협동조합") String name,
        @Schema(example = "모란시장 상인들의 공동구매와 정보 나눔") String purpose,
        RuleSet rules,
        List<Founder> founders) {

    /** A founder as the proposer names them: a merchant's username and the shop they bring. */
    public record Founder(
            @Schema(example = "kim.bakery") String username,
            BusinessType businessType,
            @Schema(example = "김씨네 빵집") String shopName) {}
}
