package org.sangsaeng.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.board.BoardService;
import org.sangsaeng.board.PostForm;
import org.sangsaeng.board.PostKind;
import org.sangsaeng.coupons.CouponQueries;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.SharedCoupon;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.ShopProfile;
import org.sangsaeng.membership.ShopProfileForm;
import org.sangsaeng.membership.ShopProfiles;
import org.sangsaeng.sale.GiftSet;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.OfferStage;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A market's public page, through its services and its public API: owners describe their shops,
 * customers (no account) read the shops by business type with what is on offer now; each mistake is
 * refused by name and changes nothing; someone else's shop is not theirs to change.
 */
class MarketPageIntegrationTests extends BadInputTest {

    static final String DESCRIPTION = "1++ 한우와 국내산 돼지고기. 불고기, 국거리는 원하시는 만큼 썰어 드립니다.";

    @Autowired ShopProfiles shops;
    @Autowired PublicMarkets markets;
    @Autowired BoardService board;
    @Autowired CouponService coupons;
    @Autowired CouponQueries couponQueries;
    @Autowired JointOfferService offers;
    @Autowired TaskInbox inbox;

    long marketId;

    @BeforeEach
    void givenTheMarketOfTheCoop() {
        marketId = coops.get(f.coopId()).marketId();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void customersFindTheShopsByBusinessTypeWithHoursPlaceAndWhatIsOnOfferNow() {
        long butcher = myShop(f.member());
        String profile =
                "{\"openingHours\":\"매일 09:00-20:00\",\"place\":\" A동 12호 \",\"description\":"
                        + BadInput.json(DESCRIPTION)
                        + ",\"phone\":\"031 753 2280\"}";
        JsonNode saved =
                BadInput.tree(
                        bad.ok(
                                "PUT",
                                "/api/v1/shops/" + butcher + "/profile",
                                f.member(),
                                profile));
        assertThat(saved.get("place").asString())
                .as("blanks around it dropped")
                .isEqualTo("A동 12호");
        assertThat(saved.get("phone").asString())
                .as("written as people dial it")
                .isEqualTo("031-753-2280");

        // The leader shows one notice to the public; a plain notice stays in the co-op.
        Fixtures.signIn(f.leader());
        long shown =
                board.post(
                                f.coopId(),
                                new PostForm(
                                        PostKind.NOTICE,
                                        "설 대목 장날 안내",
                                        "설 전 토요일에 모든 가게가 저녁 9시까지 엽니다.",
                                        List.of()))
                        .id();
        board.showPublicly(shown, true);
        board.post(f.coopId(), new PostForm(PostKind.NOTICE, "조합비 납부 안내", "조합원만 보는 글", List.of()));
        long coupon = SharedCoupon.publish(coupons, couponQueries, inbox, f, "장날 정육 할인");

        // A customer without an account, every shop.
        JsonNode page =
                BadInput.tree(bad.ok("GET", "/api/v1/public/markets/" + marketId, null, null));
        assertThat(page.get("name").asString()).startsWith("테스트시장-");
        assertThat(page.get("url").asString()).endsWith("/market/" + marketId);
        assertThat(texts(page.get("shops"), "shopName"))
                .as("by name, the other co-op's shop too")
                .containsExactly("강씨 수산", "박씨네", "태평당");
        assertThat(texts(page.get("businessTypes"), null))
                .containsExactly("BAKERY", "BUTCHER", "FISH");
        JsonNode shop = page.get("shops").get(1);
        assertThat(shop.get("openingHours").asString()).isEqualTo("매일 09:00-20:00");
        assertThat(shop.get("place").asString()).isEqualTo("A동 12호");
        assertThat(shop.get("description").asString()).isEqualTo(DESCRIPTION);
        assertThat(page.get("shops").get(2).path("openingHours").asString(""))
                .as("the bakery told nothing yet")
                .isEmpty();
        assertThat(texts(page.get("notices"), "title")).containsExactly("설 대목 장날 안내");
        assertThat(page.get("coupons")).hasSize(1);
        JsonNode c = page.get("coupons").get(0);
        assertThat(c.get("title").asString()).isEqualTo("장날 정육 할인");
        assertThat(c.get("from").asString()).isEqualTo("박씨네");
        assertThat(c.get("left").asInt()).isEqualTo(50);
        assertThat(c.get("publicToken").asString())
                .isEqualTo(
                        jdbc.queryForObject(
                                "select public_token from coupon where id = ?",
                                String.class,
                                coupon));
        assertThat(page.get("offers")).as("no joint offer takes orders yet").isEmpty();

        // Only butchers.
        JsonNode butchers =
                BadInput.tree(
                        bad.ok(
                                "GET",
                                "/api/v1/public/markets/" + marketId + "?type=BUTCHER",
                                null,
                                null));
        assertThat(texts(butchers.get("shops"), "shopName")).containsExactly("박씨네");
        assertThat(butchers.get("businessType").asString()).isEqualTo("BUTCHER");
        assertThat(texts(butchers.get("businessTypes"), null))
                .as("the filter still offers every type")
                .containsExactly("BAKERY", "BUTCHER", "FISH");

        // The notice taken off the page is gone from it.
        Fixtures.signIn(f.leader());
        board.showPublicly(shown, false);
        assertThat(markets.get(marketId, null).notices()).isEmpty();

        // The butcher leaves Sangsaeng: the shop is gone from the page, and what it told customers
        // is erased.
        bad.ok(
                "POST",
                "/api/v1/me/leave",
                f.member(),
                "{\"password\":\"" + Fixtures.PASSWORD + "\"}");
        assertThat(markets.get(marketId, null).shops())
                .extracting(ShopProfile::shopName)
                .containsExactly("강씨 수산", "태평당");
        assertThat(
                        jdbc.queryForMap(
                                "select shop_phone, shop_description from membership where id = ?",
                                butcher))
                .containsEntry("shop_phone", null)
                .containsEntry("shop_description", null);
    }

    @Test
    void aMerchantInTwoCoopsOfTheMarketIsListedOnceWithWhatTheShopToldCustomers() {
        long butcher = myShop(f.member());
        long userId =
                jdbc.queryForObject(
                        "select id from app_user where username = ?", Long.class, f.member());
        accounts.addMembership(f.otherCoopId(), userId, false, BusinessType.BUTCHER, "박씨네");
        long thirdCoop =
                coops.createCoop(
                        coops.market(marketId).name(), "성남시 중원구", "셋째조합-" + userId, "test");
        accounts.addMembership(thirdCoop, userId, false, BusinessType.BUTCHER, "박씨네 2호점");
        Fixtures.signIn(f.member());
        long sameShopInTheOtherCoop =
                shops.mine().stream()
                        .filter(
                                shop ->
                                        shop.coopId() == f.otherCoopId()
                                                && shop.shopName().equals("박씨네"))
                        .findFirst()
                        .orElseThrow()
                        .id();
        shops.describe(
                sameShopInTheOtherCoop,
                new ShopProfileForm("매일 09:00-20:00", "A동 12호", DESCRIPTION, null));
        Fixtures.signOut();

        List<ShopProfile> listed = markets.get(marketId, null).shops();

        assertThat(listed)
                .extracting(ShopProfile::shopName)
                .as("the same shop once, the owner's second shop too")
                .containsExactly("강씨 수산", "박씨네", "박씨네 2호점", "태평당");
        assertThat(listed.get(1).id())
                .as("the membership that describes the shop, not the older empty one")
                .isEqualTo(sameShopInTheOtherCoop)
                .isNotEqualTo(butcher);
        assertThat(listed.get(1).description()).isEqualTo(DESCRIPTION);
    }

    @Test
    void aJointOfferTakingOrdersIsListedUntilItsSetsAreGone() {
        GiftSet gift = GiftSet.prepare(accounts, coops, inbox, jdbc);
        long market = coops.get(gift.f().coopId()).marketId();
        Fixtures.signIn(gift.f().leader());
        long id = offers.propose(gift.form(20, 0, GiftSet.farDeadline())).id();
        assertThat(markets.get(market, null).offers()).as("not agreed yet").isEmpty();
        gift.everyShopConfirms();
        gift.everyoneVotes("YES");
        gift.awaitStage(offers, id, OfferStage.ORDERING);
        Fixtures.signOut();

        JsonNode page =
                BadInput.tree(bad.ok("GET", "/api/v1/public/markets/" + market, null, null));
        assertThat(page.get("offers")).hasSize(1);
        assertThat(page.get("offers").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(page.get("offers").get(0).get("title").asString()).isEqualTo("설 선물세트");
        assertThat(page.get("offers").get(0).get("salePrice").asLong()).isEqualTo(80_000);
        assertThat(page.get("offers").get(0).get("setsLeft").asInt()).isEqualTo(20);
    }

    @Test
    void mistakesAreRefusedByNameAndChangeNothing() {
        long butcher = myShop(f.member());
        String path = "/api/v1/shops/" + butcher + "/profile";
        bad.ok(
                "PUT",
                path,
                f.member(),
                "{\"openingHours\":\"매일 09:00-20:00\",\"place\":\"A동 12호\"}");
        Supplier<?> shop =
                bad.rows(
                        "select opening_hours, shop_place, shop_description, shop_phone from membership"
                                + " where id = ?",
                        butcher);

        String tooLong =
                bad.refused(
                                400,
                                "PUT",
                                path,
                                f.member(),
                                "{\"openingHours\":\"매일\",\"description\":"
                                        + BadInput.json("가".repeat(301))
                                        + "}",
                                shop)
                        .body();
        assertThat(tooLong).contains("error.shop.descriptionTooLong", "300", "301");
        assertThat(
                        bad.refused(
                                        400,
                                        "PUT",
                                        path,
                                        f.member(),
                                        "{\"place\":" + BadInput.json("A동 ".repeat(20)) + "}",
                                        shop)
                                .body())
                .contains("error.shop.placeTooLong");
        assertThat(
                        bad.refused(
                                        400,
                                        "PUT",
                                        path,
                                        f.member(),
                                        "{\"openingHours\":" + BadInput.json("9".repeat(101)) + "}",
                                        shop)
                                .body())
                .contains("error.shop.hoursTooLong");
        assertThat(bad.refused(400, "PUT", path, f.member(), "{\"phone\":\"0317\"}", shop).body())
                .contains("error.shop.phone", "0317");
        bad.refusesGarbage("PUT", path, f.member(), shop);

        // Someone else's shop: the leader of the same co-op, a merchant outside it, no one signed
        // in.
        String fair = "{\"description\":\"남의 가게 소개\"}";
        assertThat(bad.refused(403, "PUT", path, f.leader(), fair, shop).body())
                .contains("error.shop.ownerOnly");
        assertThat(bad.refused(403, "PUT", path, f.applicant(), fair, shop).body())
                .contains("error.shop.ownerOnly");
        assertThat(bad.send("PUT", path, null, fair).statusCode()).isEqualTo(401);
        assertThat(
                        bad.refused(
                                        404,
                                        "PUT",
                                        "/api/v1/shops/999999999/profile",
                                        f.member(),
                                        fair,
                                        shop)
                                .body())
                .contains("error.shop.notFound");
        var row =
                jdbc.queryForMap(
                        "select opening_hours, shop_place, shop_description from membership where id = ?",
                        butcher);
        assertThat(row.get("opening_hours")).as("as the owner left it").isEqualTo("매일 09:00-20:00");
        assertThat(row.get("shop_place")).isEqualTo("A동 12호");
        assertThat(row.get("shop_description")).isNull();

        // A market that does not exist, and only leaders show only notices.
        assertThat(
                        bad.refused(
                                        404,
                                        "GET",
                                        "/api/v1/public/markets/999999999",
                                        null,
                                        null,
                                        shop)
                                .body())
                .contains("error.market.notFound");
        assertThat(bad.send("GET", "/api/v1/public/markets/not-a-number", null, null).statusCode())
                .isEqualTo(400);
        assertThat(
                        bad.send(
                                        "GET",
                                        "/api/v1/public/markets/" + marketId + "?type=GOSSIP",
                                        null,
                                        null)
                                .statusCode())
                .isEqualTo(400);
        Fixtures.signIn(f.member());
        long info =
                board.post(f.coopId(), new PostForm(PostKind.INFO, "배추 시세", "도매시장 시세표", List.of()))
                        .id();
        long notice =
                board.post(f.coopId(), new PostForm(PostKind.NOTICE, "장날", "토요일", List.of())).id();
        assertThatThrownBy(() -> board.showPublicly(notice, true))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("error.post.publicByLeader");
        Fixtures.signIn(f.leader());
        assertThatThrownBy(() -> board.showPublicly(info, true))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.post.publicNoticeOnly");
        assertThat(markets.get(marketId, null).notices()).isEmpty();
    }

    @Test
    void aMarketWithoutShopsHasAnEmptyPage() {
        long empty =
                coops.get(coops.createCoop("빈시장-" + f.leader(), "성남시 중원구", "빈조합-" + f.leader(), ""))
                        .marketId();
        PublicMarket page = markets.get(empty, null);
        assertThat(page.shops()).isEmpty();
        assertThat(page.businessTypes()).isEmpty();
        assertThat(page.coupons()).isEmpty();
        assertThat(page.offers()).isEmpty();
        assertThat(page.notices()).isEmpty();
        assertThat(markets.get(marketId, BusinessType.FLORIST).shops())
                .as("no florist in the market")
                .isEmpty();
    }

    private long myShop(String owner) {
        Fixtures.signIn(owner);
        List<ShopProfile> mine = shops.mine();
        Fixtures.signOut();
        assertThat(mine).hasSize(1);
        return mine.getFirst().id();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asString() : n.get(field).asString()));
        return out;
    }
}
