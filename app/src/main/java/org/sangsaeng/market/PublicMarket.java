package org.sangsaeng.market;

import java.util.List;
import org.sangsaeng.board.PublicNotice;
import org.sangsaeng.coupons.PublicCouponSummary;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.ShopProfile;
import org.sangsaeng.sale.PublicOfferSummary;

/**
 * A market as its public page shows it to anyone: where it is, its co-ops, the business types its
 * shops have (for the filter), the shops of the chosen type ({@code businessType}, null for all) by
 * name, and what customers can take or order now. {@code url} is the page's absolute address.
 */
public record PublicMarket(
        long id,
        String name,
        String district,
        String address,
        String url,
        List<Coop> coops,
        List<BusinessType> businessTypes,
        BusinessType businessType,
        List<ShopProfile> shops,
        List<PublicCouponSummary> coupons,
        List<PublicOfferSummary> offers,
        List<PublicNotice> notices) {

    public record Coop(long id, String name) {}

    /** The co-op's name, for a notice or coupon that names it. */
    public String coopName(long coopId) {
        return coops.stream().filter(c -> c.id() == coopId).map(Coop::name).findFirst().orElse("");
    }
}
