package org.sangsaeng.membership;

/**
 * A shop of a co-op as customers see it on the market's public page, and as its owner edits it.
 * {@code id} is the shop's (its membership's); hours, place, description and phone are null when
 * not told.
 */
public record ShopProfile(
        long id,
        long coopId,
        String shopName,
        BusinessType businessType,
        String openingHours,
        String place,
        String description,
        String phone) {}
