package org.sangsaeng.coupons.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.sangsaeng.coupons.CouponShare;
import org.sangsaeng.coupons.PublicCoupon;
import org.sangsaeng.shared.Messages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The picture of a shared coupon, for messengers' link previews (no sign-in; a wrong link is a
 * 404).
 */
@RestController
class CouponShareController {

    private final CouponShare share;
    private final CouponPreview preview;

    CouponShareController(CouponShare share, CouponPreview preview) {
        this.share = share;
        this.preview = preview;
    }

    @GetMapping(
            value = CouponPreview.PICTURE + "{publicToken}/image.png",
            produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> picture(@PathVariable String publicToken, HttpServletRequest request) {
        PublicCoupon c = share.offer(publicToken, request.getRemoteAddr());
        Locale korean = Messages.KOREAN;
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.IMAGE_PNG)
                .body(
                        CouponPicture.png(
                                preview.from(c, korean),
                                c.title(),
                                preview.discount(c, korean),
                                preview.until(c, korean)));
    }
}
