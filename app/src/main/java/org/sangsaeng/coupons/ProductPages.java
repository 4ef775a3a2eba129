package org.sangsaeng.coupons;

import java.time.Instant;
import org.sangsaeng.coupons.domain.ShopMessage;
import org.sangsaeng.coupons.domain.ShopMessages;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public page a new-product message links to (no sign-in): the shop, the product, its price,
 * the owner's text and the photo. Behind an unguessable link; a wrong one is slowed down like a
 * wrong coupon link.
 */
@Service
@Transactional(readOnly = true)
public class ProductPages {

    public record ProductPage(
            String shop,
            String product,
            Long priceWon,
            String text,
            boolean hasPhoto,
            Instant sentAt) {}

    private final ShopMessages messages;
    private final AttemptThrottle throttle;

    ProductPages(ShopMessages messages, AttemptThrottle throttle) {
        this.messages = messages;
        this.throttle = throttle;
    }

    public ProductPage page(String token, String caller) {
        ShopMessage m = find(token, caller);
        return new ProductPage(
                m.getShopName(),
                m.getProductName(),
                m.getPriceWon(),
                m.getText(),
                m.getPhoto() != null,
                m.getSentAt());
    }

    /** The photo, or 404 when the message has none. */
    public ProductPhoto photo(String token, String caller) {
        ShopMessage m = find(token, caller);
        if (m.getPhoto() == null) {
            throw new NotFoundException("error.public.notFound");
        }
        return new ProductPhoto(m.getPhoto(), m.getPhotoType());
    }

    private ShopMessage find(String token, String caller) {
        throttle.check("link:" + caller);
        return messages.findByPublicToken(token == null ? "" : token)
                .orElseThrow(
                        () -> {
                            throttle.failed("link:" + caller);
                            return new NotFoundException("error.public.notFound");
                        });
    }
}
