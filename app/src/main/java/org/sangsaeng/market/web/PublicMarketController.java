package org.sangsaeng.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sangsaeng.market.PublicMarket;
import org.sangsaeng.market.PublicMarkets;
import org.sangsaeng.membership.BusinessType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/public")
@Tag(
        name = "Market page (customers)",
        description = "A market's public page without an account (no sign-in)")
class PublicMarketController {

    private final PublicMarkets markets;

    PublicMarketController(PublicMarkets markets) {
        this.markets = markets;
    }

    @GetMapping("/markets/{id}")
    @Operation(
            summary =
                    "A market's public page: its shops (name, business type, hours, place, description),"
                            + " public coupons anyone may take now, joint offers open for orders and the co-ops' public notices;"
                            + " 404 for an unknown market (no sign-in)")
    PublicMarket market(
            @PathVariable long id,
            @Parameter(description = "Only shops of this business type (all when absent)")
                    @RequestParam(required = false)
                    BusinessType type) {
        return markets.get(id, type);
    }
}
