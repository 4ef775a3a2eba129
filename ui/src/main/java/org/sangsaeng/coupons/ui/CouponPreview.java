package org.sangsaeng.coupons.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.sangsaeng.coupons.CouponShare;
import org.sangsaeng.coupons.PublicCoupon;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.PublicAddress;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.PagePreview;
import org.springframework.stereotype.Component;

/**
 * A shared coupon link as messengers (KakaoTalk and others) preview it: they read the page's first
 * HTML without running scripts, so its Open Graph tags (shop, title, discount, until when, the
 * coupon's picture, the link's absolute address) are written into that HTML on the server.
 */
@Component
class CouponPreview extends PagePreview {

    private static final Pattern SHARED = Pattern.compile("/c/p/([A-Za-z0-9_-]{1,100})/?");

    /** Where a shared coupon's picture is: under the API's public paths, which need no session. */
    static final String PICTURE = "/api/v1/public/coupon-links/";

    private final CouponShare share;
    private final I18NProvider i18n;
    private final PublicAddress publicAddress;

    CouponPreview(CouponShare share, I18NProvider i18n, PublicAddress publicAddress) {
        super(SHARED);
        this.share = share;
        this.i18n = i18n;
        this.publicAddress = publicAddress;
    }

    /** The absolute address a shared coupon link has, as customers and messengers see it. */
    String address(String publicToken) {
        return publicAddress.of("/c/p/" + publicToken);
    }

    String from(PublicCoupon c, Locale locale) {
        return c.coopWide()
                ? i18n.getTranslation("coupon.public.coopWide", locale, c.coopName())
                : c.shop();
    }

    String discount(PublicCoupon c, Locale locale) {
        return CouponTexts.discount(
                (key, params) -> i18n.getTranslation(key, locale, params), c.discount());
    }

    String until(PublicCoupon c, Locale locale) {
        return i18n.getTranslation(
                "coupon.share.until", locale, Feedback.dateTime(c.validTo(), locale));
    }

    @Override
    protected void write(Matcher shared, VaadinServletRequest request, Element head) {
        PublicCoupon c;
        try {
            c = share.offer(shared.group(1), request.getRemoteAddr());
        } catch (RuntimeException unknownOrSlowedDown) {
            return;
        }
        Locale korean = Messages.KOREAN;
        String address = address(shared.group(1));
        property(head, "og:type", "website");
        property(head, "og:site_name", i18n.getTranslation("app.name", korean));
        property(head, "og:title", "[" + from(c, korean) + "] " + c.title());
        property(head, "og:description", discount(c, korean) + " · " + until(c, korean));
        property(head, "og:url", address);
        property(head, "og:image", publicAddress.base() + PICTURE + shared.group(1) + "/image.png");
        property(head, "og:image:width", Integer.toString(CouponPicture.WIDTH));
        property(head, "og:image:height", Integer.toString(CouponPicture.HEIGHT));
        head.appendElement("meta")
                .attr("name", "twitter:card")
                .attr("content", "summary_large_image");
        head.appendElement("meta").attr("name", "description").attr("content", discount(c, korean));
    }
}
