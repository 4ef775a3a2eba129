package org.sangsaeng.market;

import java.util.List;
import org.sangsaeng.board.PublicNotices;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.coop.MarketDetails;
import org.sangsaeng.coupons.CouponShare;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.ShopProfile;
import org.sangsaeng.membership.ShopProfiles;
import org.sangsaeng.sale.CustomerOrders;
import org.sangsaeng.shared.PublicAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The market's public page, for anyone (no sign-in), and its address for those who pass it on. */
@Service
@Transactional(readOnly = true)
public class PublicMarkets {

    /** How many public notices the page shows, newest first. */
    static final int NOTICES = 10;

    private final CoopService coops;
    private final ShopProfiles shops;
    private final CouponShare coupons;
    private final CustomerOrders offers;
    private final PublicNotices notices;
    private final PublicAddress publicAddress;

    PublicMarkets(
            CoopService coops,
            ShopProfiles shops,
            CouponShare coupons,
            CustomerOrders offers,
            PublicNotices notices,
            PublicAddress publicAddress) {
        this.coops = coops;
        this.shops = shops;
        this.coupons = coupons;
        this.offers = offers;
        this.notices = notices;
        this.publicAddress = publicAddress;
    }

    /**
     * The market's page with the shops of one business type (null: every shop); an unknown market
     * is not found. The business types listed are those the market's shops have, whatever is
     * chosen.
     */
    public PublicMarket get(long marketId, BusinessType businessType) {
        MarketDetails market = coops.market(marketId);
        List<CoopSummary> ofMarket = coops.coopsOfMarket(marketId);
        List<Long> coopIds = ofMarket.stream().map(CoopSummary::id).toList();
        List<ShopProfile> all = shops.ofCoops(coopIds);
        List<BusinessType> types =
                all.stream().map(ShopProfile::businessType).distinct().sorted().toList();
        List<ShopProfile> shown =
                businessType == null
                        ? all
                        : all.stream().filter(s -> s.businessType() == businessType).toList();
        return new PublicMarket(
                market.id(),
                market.name(),
                market.district(),
                market.address(),
                address(marketId),
                ofMarket.stream().map(c -> new PublicMarket.Coop(c.id(), c.name())).toList(),
                types,
                businessType,
                shown,
                coupons.current(coopIds),
                offers.open(coopIds),
                notices.of(coopIds, NOTICES));
    }

    /** The absolute address of the market's public page, as customers and messengers see it. */
    public String address(long marketId) {
        return publicAddress.of("/market/" + marketId);
    }

    /** The address of the public page of the market this co-op belongs to, for a member's shop. */
    public String addressOfCoop(long coopId) {
        return address(coops.get(coopId).marketId());
    }
}
