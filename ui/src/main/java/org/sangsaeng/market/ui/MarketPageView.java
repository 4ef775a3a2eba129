package org.sangsaeng.market.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.sangsaeng.board.PublicNotice;
import org.sangsaeng.coupons.PublicCouponSummary;
import org.sangsaeng.coupons.ui.CouponTexts;
import org.sangsaeng.market.PublicMarket;
import org.sangsaeng.market.PublicMarkets;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.ShopProfile;
import org.sangsaeng.sale.PublicOfferSummary;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.Won;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.ShareLink;

/**
 * A market's public page (no sign-in), made for a phone and for links passed on in KakaoTalk: its
 * shops (filtered by business type with {@code ?type=BAKERY}, so a filtered page can be shared
 * too), the public coupons anyone may take now, the joint offers open for orders and the co-ops'
 * notices.
 */
@Route(value = "market/:marketId", autoLayout = false)
@AnonymousAllowed
public class MarketPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TYPE = "type";

    private final PublicMarkets markets;
    private final Messages messages;
    private String title = "";

    public MarketPageView(PublicMarkets markets, Messages messages) {
        this.markets = markets;
        this.messages = messages;
        setMaxWidth("36em");
        setPadding(true);
        addClassName("market-page");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        PublicMarket market;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("marketId").orElse(""));
            market = markets.get(id, type(event.getLocation().getQueryParameters()));
        } catch (NumberFormatException e) {
            market = null;
        } catch (BusinessException e) {
            notFound(messages.explain(e, getLocale()));
            return;
        }
        if (market == null) {
            notFound(getTranslation("market.notFound"));
            return;
        }
        title = market.name();
        H1 name = new H1(market.name());
        name.setId("market-name");
        Paragraph where = new Paragraph(market.address());
        where.setId("market-address");
        where.addClassName("market-meta");
        add(name, where);
        add(shops(market), coupons(market), offers(market), notices(market));
        add(new ShareLink("market", "market.share", market.url(), market.name()));
    }

    private void notFound(String why) {
        title = getTranslation("market.notFound");
        H1 heading = new H1(getTranslation("app.name"));
        Paragraph refusal = new Paragraph(why);
        refusal.setId("market-not-found");
        add(heading, refusal);
    }

    // An unknown type in a typed or mangled link shows every shop rather than an error.
    private static BusinessType type(QueryParameters query) {
        String typed = query.getSingleParameter(TYPE).orElse("");
        try {
            return typed.isBlank() ? null : BusinessType.valueOf(typed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Component shops(PublicMarket market) {
        Div section = section("market-shops", getTranslation("market.shops"));
        if (market.businessTypes().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("market.noShops"));
            empty.setId("market-no-shops");
            section.add(empty);
            return section;
        }
        FlexLayout filter = new FlexLayout();
        filter.setId("market-type-filter");
        filter.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filter.getStyle().set("gap", "0.5rem");
        filter.add(typeButton(market, null, "type-ALL", getTranslation("market.allTypes")));
        market.businessTypes()
                .forEach(
                        t ->
                                filter.add(
                                        typeButton(
                                                market,
                                                t,
                                                "type-" + t.name(),
                                                getTranslation("businessType." + t.name()))));
        Paragraph count =
                new Paragraph(
                        market.businessType() == null
                                ? getTranslation("market.shopCount", market.shops().size())
                                : getTranslation(
                                        "market.shopCountOfType",
                                        getTranslation(
                                                "businessType." + market.businessType().name()),
                                        market.shops().size()));
        count.setId("market-shop-count");
        section.add(new Paragraph(getTranslation("market.findByType")), filter, count);
        market.shops().forEach(s -> section.add(shop(s, market)));
        return section;
    }

    private Button typeButton(PublicMarket market, BusinessType type, String id, String label) {
        Button button =
                new Button(
                        label,
                        e ->
                                getUI().ifPresent(
                                                ui ->
                                                        ui.navigate(
                                                                MarketPageView.class,
                                                                new com.vaadin.flow.router
                                                                        .RouteParameters(
                                                                        "marketId",
                                                                        Long.toString(market.id())),
                                                                type == null
                                                                        ? QueryParameters.empty()
                                                                        : QueryParameters.simple(
                                                                                Map.of(
                                                                                        TYPE,
                                                                                        type
                                                                                                .name())))));
        button.setId(id);
        if (type == market.businessType()) {
            button.addThemeName("primary");
            button.getElement().setAttribute("aria-pressed", "true");
        }
        return button;
    }

    private Component shop(ShopProfile s, PublicMarket market) {
        Div card = new Div();
        card.addClassName("market-card");
        card.setId("shop-" + s.id());
        H3 name = new H3(s.shopName());
        name.addClassName("shop-name");
        Span type = new Span(getTranslation("businessType." + s.businessType().name()));
        type.addClassName("shop-type");
        card.add(name, type);
        if (market.coops().size() > 1) {
            Span coop = new Span(market.coopName(s.coopId()));
            coop.addClassName("market-meta");
            card.add(coop);
        }
        card.add(line("shop-hours", getTranslation("market.hours"), s.openingHours()));
        card.add(line("shop-place", getTranslation("market.place"), s.place()));
        if (s.description() != null) {
            Paragraph description = new Paragraph(s.description());
            description.addClassNames("shop-description", "plain-text");
            card.add(description);
        }
        if (s.phone() != null) {
            Anchor call =
                    new Anchor(
                            "tel:" + s.phone().replace("-", ""),
                            getTranslation("market.call", s.phone()));
            call.addClassName("shop-phone");
            card.add(call);
        }
        return card;
    }

    private Paragraph line(String className, String label, String value) {
        Paragraph p =
                new Paragraph(
                        label + ": " + (value == null ? getTranslation("market.notTold") : value));
        p.addClassName(className);
        return p;
    }

    private Component coupons(PublicMarket market) {
        Div section = section("market-coupons", getTranslation("market.coupons"));
        List<PublicCouponSummary> coupons = market.coupons();
        if (coupons.isEmpty()) {
            section.add(new Paragraph(getTranslation("market.noCoupons")));
        }
        for (PublicCouponSummary c : coupons) {
            Anchor link = new Anchor("c/p/" + c.publicToken(), c.title());
            link.setId("coupon-link-" + c.id());
            link.addClassName("market-link");
            Div card =
                    new Div(
                            link,
                            new Paragraph(CouponTexts.discount(this, c.discount())),
                            meta(
                                    getTranslation(
                                            "market.couponFrom",
                                            c.from(),
                                            c.left(),
                                            Feedback.dateTime(c.validTo(), getLocale()))));
            card.addClassName("market-card");
            section.add(card);
        }
        return section;
    }

    private Component offers(PublicMarket market) {
        Div section = section("market-offers", getTranslation("market.offers"));
        List<PublicOfferSummary> offers = market.offers();
        if (offers.isEmpty()) {
            section.add(new Paragraph(getTranslation("market.noOffers")));
        }
        for (PublicOfferSummary o : offers) {
            Anchor link = new Anchor("sale/" + o.id(), o.title());
            link.setId("offer-link-" + o.id());
            link.addClassName("market-link");
            Div card =
                    new Div(
                            link,
                            meta(
                                    getTranslation(
                                            "market.offer",
                                            Won.of(o.salePrice()).toString(),
                                            o.setsLeft(),
                                            Feedback.dateTime(o.orderDeadline(), getLocale()),
                                            market.coopName(o.coopId()))));
            card.addClassName("market-card");
            section.add(card);
        }
        return section;
    }

    private Component notices(PublicMarket market) {
        Div section = section("market-notices", getTranslation("market.notices"));
        if (market.notices().isEmpty()) {
            section.add(new Paragraph(getTranslation("market.noNotices")));
        }
        for (PublicNotice n : market.notices()) {
            Paragraph body = new Paragraph(n.body());
            body.addClassName("plain-text");
            Div card =
                    new Div(
                            new H3(n.title()),
                            meta(
                                    market.coopName(n.coopId())
                                            + " · "
                                            + Feedback.dateTime(n.createdAt(), getLocale())),
                            body);
            card.addClassName("market-card");
            card.setId("notice-" + n.id());
            section.add(card);
        }
        return section;
    }

    private static Div section(String id, String heading) {
        Div section = new Div(new H2(heading));
        section.setId(id);
        section.setWidthFull();
        return section;
    }

    private static Paragraph meta(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("market-meta");
        return p;
    }

    /**
     * A link to the market's page, for the public pages of its coupons and offers: the rest of the
     * market.
     */
    public static com.vaadin.flow.router.RouterLink link(long marketId, String text) {
        com.vaadin.flow.router.RouterLink link =
                new com.vaadin.flow.router.RouterLink(
                        text,
                        MarketPageView.class,
                        new com.vaadin.flow.router.RouteParameters(
                                "marketId", Long.toString(marketId)));
        link.setId("market-page-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
