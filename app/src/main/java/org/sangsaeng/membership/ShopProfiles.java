package org.sangsaeng.membership;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sangsaeng.membership.domain.Membership;
import org.sangsaeng.membership.domain.Memberships;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shops as customers find them: their owners describe them (hours, place, description, phone),
 * and the market's public page lists them. Only a shop's owner changes what it says.
 */
@Service
@Transactional
public class ShopProfiles {

    private final Memberships memberships;
    private final CurrentUsers currentUsers;

    ShopProfiles(Memberships memberships, CurrentUsers currentUsers) {
        this.memberships = memberships;
        this.currentUsers = currentUsers;
    }

    /** The signed-in merchant's shops, one per co-op they are an active member of. */
    @Transactional(readOnly = true)
    public List<ShopProfile> mine() {
        CurrentUser me = currentUsers.require();
        return memberships.findByUserIdAndStatus(me.id(), Membership.Status.ACTIVE).stream()
                .map(ShopProfiles::profile)
                .toList();
    }

    /**
     * The owner changes what the shop tells customers. Someone else's shop is refused (403), a shop
     * that does not exist or whose owner left is not found; a mistake in the form changes nothing.
     */
    public ShopProfile describe(long shopId, ShopProfileForm form) {
        CurrentUser me = currentUsers.require();
        Membership shop =
                memberships
                        .findById(shopId)
                        .filter(m -> m.getStatus() == Membership.Status.ACTIVE)
                        .orElseThrow(() -> new NotFoundException("error.shop.notFound", shopId));
        if (shop.getUserId() != me.id()) {
            throw new AccessDeniedException("error.shop.ownerOnly");
        }
        ShopProfileForm f =
                (form == null ? new ShopProfileForm(null, null, null, null) : form).checked();
        shop.describeShop(f.openingHours(), f.place(), f.description(), f.phone());
        return profile(shop);
    }

    /**
     * The active shops of these co-ops, by name; for the public page, no one need be signed in. A
     * merchant in two of the co-ops has one membership in each; the same shop (same owner, same
     * name) is listed once, as the membership that tells customers the most says it (the older one
     * on a tie).
     */
    @Transactional(readOnly = true)
    public List<ShopProfile> ofCoops(Collection<Long> coopIds) {
        if (coopIds.isEmpty()) {
            return List.of();
        }
        Map<String, Membership> shops = new LinkedHashMap<>();
        for (Membership m :
                memberships.findByCoopIdInAndStatusOrderByShopNameAscIdAsc(
                        coopIds, Membership.Status.ACTIVE)) {
            shops.merge(
                    m.getUserId() + "/" + m.getShopName(),
                    m,
                    (kept, other) -> told(other) > told(kept) ? other : kept);
        }
        return shops.values().stream().map(ShopProfiles::profile).toList();
    }

    /**
     * How many of the things customers read (hours, place, description, phone) the shop has told.
     */
    private static long told(Membership m) {
        return Stream.of(
                        m.getOpeningHours(),
                        m.getShopPlace(),
                        m.getShopDescription(),
                        m.getShopPhone())
                .filter(text -> text != null && !text.isBlank())
                .count();
    }

    private static ShopProfile profile(Membership m) {
        return new ShopProfile(
                m.getId(),
                m.getCoopId(),
                m.getShopName(),
                m.getBusinessType(),
                m.getOpeningHours(),
                m.getShopPlace(),
                m.getShopDescription(),
                m.getShopPhone());
    }
}
