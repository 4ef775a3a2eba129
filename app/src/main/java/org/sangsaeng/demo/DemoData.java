package org.sangsaeng.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sangsaeng.board.BoardService;
import org.sangsaeng.board.PostForm;
import org.sangsaeng.board.PostKind;
import org.sangsaeng.catalogue.CatalogueItemForm;
import org.sangsaeng.catalogue.CatalogueService;
import org.sangsaeng.catalogue.PriceChange;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.SupplierForm;
import org.sangsaeng.coupons.Audience;
import org.sangsaeng.coupons.CouponForm;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.CustomerService;
import org.sangsaeng.coupons.DiscountType;
import org.sangsaeng.governance.CoopProposalForm;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.jobs.JobPostForm;
import org.sangsaeng.jobs.JobPostService;
import org.sangsaeng.jobs.PayUnit;
import org.sangsaeng.jobs.SeekerEntryForm;
import org.sangsaeng.jobs.SeekerProfileForm;
import org.sangsaeng.jobs.SeekerService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.MembershipApplicationForm;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.membership.Role;
import org.sangsaeng.membership.ShopProfileForm;
import org.sangsaeng.membership.ShopProfiles;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.NotificationKind;
import org.sangsaeng.notifications.NotificationSettings;
import org.sangsaeng.notifications.Preferences;
import org.sangsaeng.purchase.ProposalForm;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.SplitBasis;
import org.sangsaeng.sale.OfferForm;
import org.sangsaeng.sale.PastSales;
import org.sangsaeng.sale.PastSales.OrderOutcome;
import org.sangsaeng.sale.PastSales.PastOrder;
import org.sangsaeng.sale.PaymentMethod;
import org.sangsaeng.shared.BusinessNumber;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.SangsaengHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Two co-ops of Seongnam's Taepyeong 3-dong market with merchants of different business types, two
 * suppliers, a foundation officer and an administrator, plus one pending application so that a
 * leader finds a first task waiting. Loaded once, into an empty database.
 *
 * <p>Longer than our 300 lines on purpose: it is data, not rules, written as one story of a market
 * (who runs which shop, what they buy together, which steps wait for whom) that a reader follows
 * from top to bottom; every step goes through the same services a person uses.
 */
@Component
@ConditionalOnProperty(name = "sangsaeng.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String MARKET_ADDRESS = "경기도 성남시 수정구 태평로 일대";
    // Business numbers that look real: made-up first nine digits completed with their check digit.
    static final SupplierForm FLOUR_SUPPLIER =
            new SupplierForm(
                    "한맥제분",
                    BusinessNumber.completing("129-81-5520").value(),
                    "한정미",
                    "031-712-3456",
                    "order@hanmaek.example.kr",
                    "밀가루 20kg 포대, 천연효모");
    static final SupplierForm EGG_SUPPLIER =
            new SupplierForm(
                    "성남계란유통",
                    BusinessNumber.completing("124-86-3071").value(),
                    "최란",
                    "010-3456-7890",
                    null,
                    "계란 30구 한 판, 포장 상자 100개 묶음");

    record Merchant(
            String username,
            String name,
            int coop,
            boolean leader,
            BusinessType type,
            String shop) {}

    static final List<Merchant> MERCHANTS =
            List.of(
                    new Merchant("kim.bakery", "김태평", 1, true, BusinessType.BAKERY, "태평당 베이커리"),
                    new Merchant("park.butcher", "박정육", 1, false, BusinessType.BUTCHER, "박씨네 정육점"),
                    new Merchant(
                            "lee.banchan", "이반찬", 1, false, BusinessType.SIDE_DISHES, "엄마손 반찬"),
                    new Merchant("choi.tteok", "최떡집", 1, false, BusinessType.RICE_CAKES, "태평 떡방앗간"),
                    new Merchant("jung.fruit", "정과일", 1, false, BusinessType.FRUIT, "싱싱 과일가게"),
                    new Merchant("kang.fish", "강수산", 2, true, BusinessType.FISH, "강씨 수산"),
                    new Merchant("yoon.cafe", "윤카페", 2, false, BusinessType.CAFE, "골목 카페"),
                    new Merchant("han.snack", "한분식", 2, false, BusinessType.SNACK_BAR, "한입 분식"),
                    new Merchant("seo.flower", "서꽃집", 2, false, BusinessType.FLORIST, "서씨 꽃집"));

    /** What each demo shop tells customers on the market's public page. */
    static final Map<String, ShopProfileForm> SHOPS =
            Map.of(
                    "kim.bakery",
                            new ShopProfileForm(
                                    "매일 07:00-21:00, 월요일 휴무",
                                    "A동 3호",
                                    "새벽에 굽는 천연효모 식빵과 단팥빵. 명절에는 카스텔라 선물세트를 만듭니다.",
                                    "031-753-1204"),
                    "park.butcher",
                            new ShopProfileForm(
                                    "매일 09:00-20:00",
                                    "A동 12호",
                                    "1++ 한우와 국내산 돼지고기. 불고기, 국거리는 원하시는 만큼 썰어 드립니다.",
                                    "031-753-2280"),
                    "lee.banchan",
                            new ShopProfileForm(
                                    "화-일 10:00-19:30",
                                    "B동 5호",
                                    "매일 아침 무치는 나물과 김치, 장조림. 1인 가구용 작은 포장도 있어요.",
                                    null),
                    "choi.tteok",
                            new ShopProfileForm(
                                    "매일 06:00-18:00 (떡이 떨어지면 일찍 닫아요)",
                                    "B동 1호",
                                    "3대째 방앗간. 가래떡, 인절미, 명절 송편을 직접 쪄 냅니다. 떡 주문 받습니다.",
                                    "031-752-0917"),
                    "jung.fruit",
                            new ShopProfileForm(
                                    "매일 08:30-21:00",
                                    "정문 앞 2호",
                                    "제철 과일을 산지에서 바로 받습니다. 과일 바구니 선물 포장해 드려요.",
                                    "010-4821-3390"),
                    "kang.fish",
                            new ShopProfileForm(
                                    "화-일 07:00-19:00, 월요일 휴무",
                                    "C동 7호",
                                    "새벽 경매에서 받은 생선과 조개. 손질과 포 뜨기 무료입니다.",
                                    "031-754-6612"),
                    "yoon.cafe",
                            new ShopProfileForm(
                                    "매일 11:00-22:00",
                                    "먹자골목 입구",
                                    "직접 볶은 원두와 수제 쌍화차. 시장 보시고 쉬어 가세요.",
                                    null),
                    "han.snack",
                            new ShopProfileForm(
                                    "매일 11:00-21:00, 둘째·넷째 화요일 휴무",
                                    "먹자골목 4호",
                                    "40년 된 떡볶이와 순대, 어묵. 포장 됩니다.",
                                    "031-755-4408"),
                    "seo.flower",
                            new ShopProfileForm(
                                    "월-토 09:00-20:00",
                                    "먹자골목 9호",
                                    "꽃다발, 화분, 개업·경조사 화환. 전화 주문 받습니다.",
                                    "031-756-7788"));

    private final AccountService accounts;
    private final CoopService coops;
    private final MembershipService memberships;
    private final NotificationSettings notificationSettings;
    private final ProposalService purchaseProposals;
    private final BoardService board;
    private final JobPostService jobPosts;
    private final SeekerService seekers;
    private final CustomerService customers;
    private final CouponService coupons;
    private final ShopProfiles shops;
    private final CoopProposalService proposals;
    private final CatalogueService catalogue;
    private final PastSales pastSales;
    private final Clock clock;
    private final SangsaengHome home;
    private final String configuredPassword;
    private final int port;

    DemoData(
            AccountService accounts,
            CoopService coops,
            MembershipService memberships,
            NotificationSettings notificationSettings,
            ProposalService purchaseProposals,
            BoardService board,
            CoopProposalService proposals,
            JobPostService jobPosts,
            SeekerService seekers,
            CustomerService customers,
            CouponService coupons,
            ShopProfiles shops,
            CatalogueService catalogue,
            PastSales pastSales,
            Clock clock,
            SangsaengHome home,
            @Value("${sangsaeng.demo.password:}") String configuredPassword,
            @Value("${server.port:8080}") int port,
            @Value("${sangsaeng.admin.username:}") String firstAdmin) {
        if (!firstAdmin.isBlank()) {
            // A first administrator means a production database: demo accounts with a known
            // password have no place there.
            throw new IllegalStateException(
                    "SANGSAENG_DEMO=true and SANGSAENG_ADMIN_USERNAME exclude each other:"
                            + " demo data is for trying Sangsaeng, a first administrator for running it. Unset one of them.");
        }
        this.accounts = accounts;
        this.coops = coops;
        this.memberships = memberships;
        this.notificationSettings = notificationSettings;
        this.purchaseProposals = purchaseProposals;
        this.board = board;
        this.jobPosts = jobPosts;
        this.seekers = seekers;
        this.customers = customers;
        this.coupons = coupons;
        this.shops = shops;
        this.proposals = proposals;
        this.catalogue = catalogue;
        this.pastSales = pastSales;
        this.clock = clock;
        this.home = home;
        this.configuredPassword = configuredPassword;
        this.port = port;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAndAnnounce() {
        String password = password();
        if (!accounts.hasAccounts()) {
            load(password);
        }
        announce();
    }

    private void load(String password) {
        log.info("Loading the demo market into the empty database");
        long coop1 =
                coops.createCoop(
                        "태평3동 전통시장",
                        "성남시 수정구",
                        MARKET_ADDRESS,
                        "태평3동 상인협동조합",
                        "태평3동 전통시장 상인들의 공동구매와 정보 나눔");
        long coop2 =
                coops.createCoop(
                        "태평3동 전통시장",
                        "성남시 수정구",
                        MARKET_ADDRESS,
                        "태평 먹자골목 협동조합",
                        "먹자골목 음식점과 꽃집, 카페의 협동조합");
        for (Merchant m : MERCHANTS) {
            long id = accounts.createAccount(m.username(), password, m.name(), Set.of());
            accounts.addMembership(
                    m.coop() == 1 ? coop1 : coop2, id, m.leader(), m.type(), m.shop());
            runAs(
                    m.username(),
                    () -> shops.describe(shops.mine().getFirst().id(), SHOPS.get(m.username())));
        }
        long flour =
                accounts.createAccount("hanmaek.flour", password, "한맥제분", Set.of(Role.SUPPLIER));
        long flourSupplier = coops.createSupplier(FLOUR_SUPPLIER, flour);
        long eggs =
                accounts.createAccount("seongnam.eggs", password, "성남계란유통", Set.of(Role.SUPPLIER));
        long eggSupplier = coops.createSupplier(EGG_SUPPLIER, eggs);
        accounts.createAccount("foundation", password, "정재단", Set.of(Role.FOUNDATION));
        accounts.createAccount("admin", password, "관리자", Set.of(Role.ADMIN));
        accounts.createAccount("oh.laundry", password, "오세탁", Set.of());

        catalogues(flourSupplier, eggSupplier);

        // Phone numbers and e-mail addresses, so the outbox has KakaoTalk and e-mail messages to
        // show.
        contact("kim.bakery", "kim.bakery@example.kr", "010-2345-6789");
        contact("oh.laundry", null, "010-3456-7890");
        contact("foundation", "officer@example.kr", null);

        // A group purchase being voted on: every member of the first co-op has a vote task.
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(MarketTime.ZONE));
        runAs(
                "kim.bakery",
                () ->
                        purchaseProposals.propose(
                                new ProposalForm(
                                        coop1,
                                        flourSupplier,
                                        "추석 대비 밀가루 공동구매",
                                        "명절 대목 전에 함께 사면 포대당 2,000원씩 아낍니다. 2포대씩 묶어 배송합니다.",
                                        List.of(
                                                new ProposalForm.LineForm(
                                                        "밀가루 20kg (강력분)", "포대", 31_000, 2, 10L),
                                                new ProposalForm.LineForm(
                                                        "천연효모 500g", "봉", 12_000, 5, null)),
                                        15_000,
                                        5_000,
                                        SplitBasis.BY_VALUE,
                                        now.plus(Duration.ofDays(2)),
                                        now.plus(Duration.ofDays(5)),
                                        150_000)));

        // The first co-op's board: a pinned notice, shared information with links, a question
        // answered.
        runAs(
                "kim.bakery",
                () -> {
                    long notice =
                            board.post(
                                            coop1,
                                            new PostForm(
                                                    PostKind.NOTICE,
                                                    "12월 정기총회 안내",
                                                    "12월 20일(토) 저녁 7시, 시장 2층 회의실에서 정기총회를 엽니다.\n안건: 내년 공동구매 계획, 장날 행사.",
                                                    List.of()))
                                    .id();
                    board.pin(notice, true);
                    board.showPublicly(notice, true);
                });
        runAs(
                "kang.fish",
                () ->
                        board.showPublicly(
                                board.post(
                                                coop2,
                                                new PostForm(
                                                        PostKind.NOTICE,
                                                        "먹자골목 야시장 안내",
                                                        "12월 매주 금·토요일 저녁 6시부터 10시까지 먹자골목에서 야시장을 엽니다.\n"
                                                                + "떡볶이, 전, 따뜻한 쌍화차와 함께 연말을 보내세요.",
                                                        List.of()))
                                        .id(),
                                true));
        runAs(
                "lee.banchan",
                () ->
                        board.post(
                                coop1,
                                new PostForm(
                                        PostKind.INFO,
                                        "성남시 소상공인 경영환경개선 지원사업",
                                        "간판, 인테리어, 위생설비 개선비를 최대 200만 원까지 지원한다고 합니다. 신청은 다음 달 말까지.",
                                        List.of(
                                                new PostForm.LinkForm(
                                                        "https://www.seongnam.go.kr", "성남시청 공고"),
                                                new PostForm.LinkForm(
                                                        "https://www.semas.or.kr",
                                                        "소상공인시장진흥공단")))));
        long[] question = new long[1];
        runAs(
                "park.butcher",
                () ->
                        question[0] =
                                board.post(
                                                coop1,
                                                new PostForm(
                                                        PostKind.QUESTION,
                                                        "카드 단말기 수수료 싼 곳 있나요?",
                                                        "단말기 약정이 끝나 가는데, 조합원분들은 어디 쓰시는지 궁금합니다.",
                                                        List.of()))
                                        .id());
        runAs(
                "choi.tteok",
                () -> board.comment(question[0], "상권재단에서 단말기 교체 지원을 해 줍니다. 저는 그걸로 바꿨어요."));
        // A general proposal waiting for the leader's review.
        runAs(
                "park.butcher",
                () ->
                        proposals.propose(
                                new CoopProposalForm(
                                        coop1,
                                        "장날 공동 할인 행사",
                                        "매달 첫 토요일 장날에 조합원 가게가 모두 10% 할인 행사를 하고, 전단지 비용은 조합비에서 냅시다.",
                                        null)));

        // Talent trading: a job post waiting for the leader's review, a resident's seeker profile
        // and
        // a member's family looking for weekend work.
        runAs(
                "park.butcher",
                () ->
                        jobPosts.post(
                                new JobPostForm(
                                        coop1,
                                        "설 명절 선물세트 포장 도우미",
                                        BusinessType.BUTCHER,
                                        "한우 선물세트 포장과 진열, 택배 상자 싸기",
                                        "포장, 진열",
                                        "박씨네 정육점",
                                        "태평3동 시장",
                                        today.plusDays(20),
                                        today.plusDays(21),
                                        LocalTime.of(9, 0),
                                        LocalTime.of(18, 0),
                                        2,
                                        PayUnit.HOUR,
                                        12_000,
                                        today.plusDays(17)
                                                .atStartOfDay(MarketTime.ZONE)
                                                .toInstant())));
        runAs(
                "oh.laundry",
                () ->
                        seekers.updateMyProfile(
                                new SeekerProfileForm(
                                        "시장 입구 세탁소를 합니다. 오전에 시간이 납니다.",
                                        "포장, 계산, 다림질",
                                        Set.of(BusinessType.LAUNDRY),
                                        "태평3동 시장",
                                        EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))));
        runAs(
                "choi.tteok",
                () ->
                        seekers.addEntry(
                                new SeekerEntryForm(
                                        "주말 배달 도와드립니다 (최떡집 아들)",
                                        "배달, 운전, 포장",
                                        Set.of(BusinessType.RICE_CAKES),
                                        "태평3동 시장",
                                        today,
                                        today.plusDays(60),
                                        "오토바이 면허 있습니다.")));

        // Regular customers of the butcher and a coupon waiting for the leader's approval.
        runAs(
                "park.butcher",
                () -> {
                    customers.importCsv(
                            String.join(
                                    "\n",
                                    "name,phone,consent_on,consent_text,tags",
                                    "김단골,010-2345-1001,"
                                            + today.minusDays(30)
                                            + ",쿠폰과 새 상품 문자 수신에 동의합니다,vip;한우",
                                    "이동네,010-2345-1002,"
                                            + today.minusDays(12)
                                            + ",쿠폰과 새 상품 문자 수신에 동의합니다,",
                                    "최주민,010-2345-1003,"
                                            + today.minusDays(3)
                                            + ",쿠폰과 새 상품 문자 수신에 동의합니다,한우"),
                            true,
                            Locale.KOREAN);
                    coupons.draft(
                            new CouponForm(
                                    coop1,
                                    "설맞이 한우 선물세트 5,000원 할인",
                                    "설 선물세트를 5만 원 이상 사시면 5,000원 할인",
                                    DiscountType.FIXED,
                                    5_000L,
                                    null,
                                    null,
                                    null,
                                    50_000,
                                    now,
                                    now.plus(Duration.ofDays(14)),
                                    50,
                                    1,
                                    Audience.REGULARS,
                                    null,
                                    false));
                });

        giftSetSold(coop1);

        // A merchant waiting to join: the first co-op's leader finds the review task in the task
        // list.
        runAs(
                "oh.laundry",
                () ->
                        memberships.apply(
                                coop1,
                                new MembershipApplicationForm(
                                        BusinessType.LAUNDRY,
                                        "깨끗한 세탁소",
                                        "시장 입구에서 20년째 세탁소를 하고 있습니다. 공동구매에 함께하고 싶습니다.")));
    }

    /**
     * A holiday gift set four shops of the first co-op sold together, closed a little over two
     * weeks ago so that the dashboard and the last month's report have joint-sale figures: 30 sets
     * at 89,000 won, 12 ordered, one cancelled, one never collected, 10 handed over (890,000 won
     * split to the shops).
     */
    private void giftSetSold(long coop1) {
        Instant proposed =
                LocalDate.now(clock.withZone(MarketTime.ZONE))
                        .minusDays(24)
                        .atTime(10, 0)
                        .atZone(MarketTime.ZONE)
                        .toInstant();
        Instant deadline = proposed.plus(Duration.ofDays(7));
        Instant pickupFrom = deadline.plus(Duration.ofHours(24));
        OfferForm form =
                new OfferForm(
                        coop1,
                        "태평시장 명절 선물세트",
                        "태평당 카스텔라, 박씨네 한우 불고기, 태평 떡방앗간 모둠 떡, 엄마손 명절 전을 한 상자에 담았습니다.",
                        89_000,
                        30,
                        10,
                        deadline,
                        false,
                        List.of(
                                new OfferForm.PartForm("kim.bakery", "명절 카스텔라", 1, "개", 12_000),
                                new OfferForm.PartForm(
                                        "park.butcher", "한우 불고기 500g", 1, "팩", 45_000),
                                new OfferForm.PartForm("choi.tteok", "모둠 떡", 2, "팩", 15_000),
                                new OfferForm.PartForm("lee.banchan", "모둠 전", 1, "팩", 10_000)),
                        List.of(
                                new OfferForm.SlotForm(
                                        "태평3동 시장 고객센터",
                                        pickupFrom,
                                        pickupFrom.plus(Duration.ofHours(8)))),
                        null);
        Instant day1 = proposed.plus(Duration.ofDays(3));
        Instant day2 = proposed.plus(Duration.ofDays(4));
        PaymentMethod card = PaymentMethod.CARD;
        PaymentMethod cash = PaymentMethod.CASH;
        List<PastOrder> orders =
                List.of(
                        new PastOrder(
                                "김민지", "010-5501-1001", 2, day1, OrderOutcome.PICKED_UP, card),
                        new PastOrder(
                                "이준호",
                                "010-5501-1002",
                                1,
                                day1.plus(Duration.ofHours(2)),
                                OrderOutcome.PICKED_UP,
                                cash),
                        new PastOrder(
                                "박서연",
                                "010-5501-1003",
                                3,
                                day1.plus(Duration.ofHours(5)),
                                OrderOutcome.PICKED_UP,
                                card),
                        new PastOrder(
                                "최영수", "010-5501-1004", 1, day2, OrderOutcome.CANCELLED, null),
                        new PastOrder(
                                "정하은",
                                "010-5501-1005",
                                1,
                                day2.plus(Duration.ofHours(1)),
                                OrderOutcome.PICKED_UP,
                                card),
                        new PastOrder(
                                "강도윤",
                                "010-5501-1006",
                                2,
                                day2.plus(Duration.ofHours(3)),
                                OrderOutcome.PICKED_UP,
                                cash),
                        new PastOrder(
                                "윤지우",
                                "010-5501-1007",
                                1,
                                day2.plus(Duration.ofHours(6)),
                                OrderOutcome.NO_SHOW,
                                null),
                        new PastOrder(
                                "한서준",
                                "010-5501-1008",
                                1,
                                day2.plus(Duration.ofHours(8)),
                                OrderOutcome.PICKED_UP,
                                cash));
        runAs("park.butcher", () -> pastSales.record(form, proposed, orders, "kim.bakery"));
    }

    /**
     * The suppliers' catalogues, priced per unit as they sell them (flour by the kilogram in 20 kg
     * sacks): a price change before Chuseok shows in the history, and one item no longer offered.
     */
    private void catalogues(long flourSupplier, long eggSupplier) {
        LocalDate today = LocalDate.now(clock.withZone(MarketTime.ZONE));
        runAs(
                "hanmaek.flour",
                () -> {
                    long flour =
                            item(flourSupplier, "밀가루 20kg 포대 (강력분)", "kg", 20, 1_450, today, 120);
                    catalogue.changePrice(
                            flourSupplier, flour, new PriceChange(1_550, today.minusDays(30)));
                    item(flourSupplier, "박력분 20kg 포대", "kg", 20, 1_400, today, 120);
                    item(flourSupplier, "천연효모 500g", "봉", 5, 12_000, today, 60);
                });
        runAs(
                "seongnam.eggs",
                () -> {
                    long eggs = item(eggSupplier, "계란 특란 30구 한 판", "알", 30, 210, today, 90);
                    catalogue.changePrice(
                            eggSupplier, eggs, new PriceChange(230, today.minusDays(14)));
                    item(eggSupplier, "케이크 상자 1호 (100개 묶음)", "개", 100, 350, today, 90);
                    item(eggSupplier, "떡 포장 상자 (100개 묶음)", "개", 100, 280, today, 90);
                    long bags = item(eggSupplier, "비닐 쇼핑백 중 (100장 묶음)", "장", 100, 45, today, 90);
                    catalogue.withdraw(eggSupplier, bags);
                });
    }

    /**
     * A catalogue item sold in packs of {@code packSize} units, priced per unit since {@code
     * daysAgo} days before today; its id.
     */
    private long item(
            long supplierId,
            String name,
            String unit,
            long packSize,
            long unitPrice,
            LocalDate today,
            int daysAgo) {
        return catalogue
                .add(
                        supplierId,
                        new CatalogueItemForm(
                                name, unit, packSize, unitPrice, today.minusDays(daysAgo)))
                .id();
    }

    private void contact(String username, String email, String phone) {
        runAs(
                username,
                () -> {
                    Preferences p = notificationSettings.myPreferences();
                    var channels = new EnumMap<>(p.channels());
                    if (email != null) {
                        channels.put(
                                NotificationKind.REMINDER, Set.of(Channel.EMAIL, Channel.KAKAO));
                    }
                    notificationSettings.updateMyPreferences(
                            new Preferences(
                                    email, phone, channels, p.quietFrom(), p.quietUntil(), false));
                });
    }

    /** Where to sign in and as whom; the password itself is never logged, only where it is kept. */
    private void announce() {
        String where =
                configuredPassword != null && !configuredPassword.isBlank()
                        ? "SANGSAENG_DEMO_PASSWORD"
                        : passwordFile().toString();
        StringBuilder text =
                new StringBuilder("\n")
                        .append(
                                "==================================================================\n")
                        .append(" Sangsaeng is running: http://localhost:")
                        .append(port)
                        .append("\n")
                        .append(" Demo accounts (password in ")
                        .append(where)
                        .append(")\n")
                        .append(
                                "   kim.bakery    co-op leader, 태평3동 상인협동조합 (reviews and a vote waiting)\n")
                        .append("   park.butcher  member;  kang.fish  leader of 태평 먹자골목 협동조합\n")
                        .append("   oh.laundry    merchant applying to join\n")
                        .append(
                                "   hanmaek.flour, seongnam.eggs  suppliers (catalogue and orders at /supplier)\n")
                        .append("   foundation    foundation officer;  admin  administrator\n")
                        .append(
                                "==================================================================");
        log.info(text.toString());
    }

    /**
     * The demo password: configured, or made once and kept beside the data so later runs use the
     * same.
     */
    private String password() {
        if (configuredPassword != null && !configuredPassword.isBlank()) {
            return configuredPassword;
        }
        return DemoPassword.keptIn(passwordFile());
    }

    private Path passwordFile() {
        return home.resolve("data/demo-password.txt");
    }

    private static void runAs(String username, Runnable action) {
        var previous = SecurityContextHolder.getContext();
        try {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
            SecurityContextHolder.setContext(context);
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
