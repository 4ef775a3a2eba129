package org.sangsaeng.market.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.sangsaeng.market.PublicMarket;
import org.sangsaeng.market.PublicMarkets;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.ui.PagePreview;
import org.springframework.stereotype.Component;

/**
 * A market's page as messengers (KakaoTalk and others) preview a link to it: they read the first
 * HTML without running scripts, so its Open Graph tags (the market, how many shops, what is on
 * offer, the page's absolute address) are written into that HTML on the server.
 */
@Component
class MarketPreview extends PagePreview {

    private static final Pattern PAGE = Pattern.compile("/market/(\\d{1,18})/?");

    private final PublicMarkets markets;
    private final I18NProvider i18n;

    MarketPreview(PublicMarkets markets, I18NProvider i18n) {
        super(PAGE);
        this.markets = markets;
        this.i18n = i18n;
    }

    @Override
    protected void write(Matcher page, VaadinServletRequest request, Element head) {
        PublicMarket m;
        try {
            m = markets.get(Long.parseLong(page.group(1)), null);
        } catch (RuntimeException unknown) {
            return;
        }
        Locale korean = Messages.KOREAN;
        String description =
                i18n.getTranslation(
                        "market.preview",
                        korean,
                        m.shops().size(),
                        m.coupons().size(),
                        m.offers().size());
        property(head, "og:type", "website");
        property(head, "og:site_name", i18n.getTranslation("app.name", korean));
        property(head, "og:title", m.name());
        property(head, "og:description", description);
        property(head, "og:url", m.url());
        property(head, "og:locale", "ko_KR");
        head.appendElement("meta").attr("name", "description").attr("content", description);
    }
}
