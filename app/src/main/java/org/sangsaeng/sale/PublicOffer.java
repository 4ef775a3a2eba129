package org.sangsaeng.sale;

import java.time.Instant;
import java.util.List;

/**
 * A joint offer as customers see it on the public page: no names of people, no shop prices; the
 * co-op's account when customers may pay into it before pickup (null: at pickup only); {@code
 * marketId} names the market whose public page lists the co-op's shops.
 */
public record PublicOffer(
        long id,
        String title,
        String description,
        long salePrice,
        int setsLeft,
        Instant orderDeadline,
        boolean open,
        List<Item> items,
        List<OfferView.SlotView> slots,
        String transferAccount,
        long marketId) {

    public record Item(String shopName, String item, int quantityPerSet, String unit) {}
}
