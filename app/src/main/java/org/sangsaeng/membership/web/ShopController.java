package org.sangsaeng.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sangsaeng.membership.ShopProfile;
import org.sangsaeng.membership.ShopProfileForm;
import org.sangsaeng.membership.ShopProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/shops")
@Tag(name = "My shop", description = "What a shop tells customers on its market's public page")
class ShopController {

    private final ShopProfiles shops;

    ShopController(ShopProfiles shops) {
        this.shops = shops;
    }

    @GetMapping("/mine")
    @Operation(
            summary = "My shops, one per co-op I belong to, as the market's public page shows them")
    List<ShopProfile> mine() {
        return shops.mine();
    }

    @PutMapping("/{id}/profile")
    @Operation(
            summary =
                    "Change what my shop tells customers: opening hours (up to 100 characters), place in the"
                            + " market (50), a short description (300) and a phone for customers; empty fields are cleared."
                            + " Only the shop's owner (403 for anyone else)")
    ShopProfile describe(@PathVariable long id, @RequestBody ShopProfileForm form) {
        return shops.describe(id, form);
    }
}
