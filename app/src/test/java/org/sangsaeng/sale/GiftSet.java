package org.sangsaeng.sale;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RuleSetDraft;
import org.sangsaeng.governance.RulesChange;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Seollal gift set of three shops of one co-op (the leader's bakery, a member's butcher, a
 * rice-cake shop), and what tests do with it: propose, answer as the shops, vote, and customers'
 * phone codes.
 */
public record GiftSet(Fixtures f, String riceCakes, TaskInbox inbox, JdbcTemplate jdbc) {

    public static final Duration WAIT = Duration.ofSeconds(90);
    static final long BREAD = 12_000;
    static final long BEEF = 45_000;
    static final long RICE_CAKE = 15_000;

    /** The co-op's account customers may pay into before pickup. */
    public static final String ACCOUNT = "농협 351-1234-5678-93 중앙시장협동조합";

    static final Pattern SMS_CODE = Pattern.compile("(\\d{6})");

    public static GiftSet prepare(
            AccountService accounts, CoopService coops, TaskInbox inbox, JdbcTemplate jdbc) {
        Fixtures f = Fixtures.create(accounts, coops);
        String riceCakes = "tteok-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addMembership(
                f.coopId(),
                accounts.createAccount(riceCakes, Fixtures.PASSWORD, "최떡집", Set.of()),
                false,
                BusinessType.RICE_CAKES,
                "최씨네 떡집");
        return new GiftSet(f, riceCakes, inbox, jdbc);
    }

    /**
     * The foundation sets the co-op's joint-sale fee and payment costs (basis points, won), as a
     * new rules version.
     */
    public void chargeFees(
            AccountService accounts,
            CoopRulesService rules,
            int saleFee,
            int cardFee,
            int transferFee) {
        String foundation = Fixtures.addFoundationOfficer(accounts, "fdn");
        Fixtures.signIn(foundation);
        rules.change(
                f.coopId(),
                new RulesChange(
                        RuleSetDraft.defaultsWithFees(saleFee, cardFee, transferFee),
                        "공동판매 수수료와 결제 비용"));
    }

    /** Every contributing shop answers its preparation task: ready. */
    public void shopsReady(Duration wait) {
        shops().forEach(
                        s ->
                                MyTaskList.complete(
                                        inbox,
                                        s,
                                        "joint-sale-prepare",
                                        Map.of("answer", "READY"),
                                        wait));
    }

    public List<String> shops() {
        return List.of(f.leader(), f.member(), riceCakes);
    }

    /**
     * The offer, paid at pickup only: 80,000 won a set, the parts 72,000 together; pickup in the
     * minute after the orders close.
     */
    public OfferForm form(int sets, int minimum, Instant orderDeadline) {
        return form(sets, minimum, orderDeadline, null);
    }

    /** The offer, customers may also pay into {@code account} before pickup. */
    public OfferForm form(int sets, int minimum, Instant orderDeadline, String account) {
        return new OfferForm(
                f.coopId(),
                "설 선물세트",
                "빵, 한우, 떡을 한 상자에",
                80_000,
                sets,
                minimum,
                orderDeadline,
                false,
                List.of(
                        new OfferForm.PartForm(f.leader(), "명절 카스텔라", 1, "개", BREAD),
                        new OfferForm.PartForm(f.member(), "한우 불고기", 1, "팩", BEEF),
                        new OfferForm.PartForm(riceCakes, "모둠 떡", 2, "팩", RICE_CAKE)),
                List.of(
                        new OfferForm.SlotForm(
                                "중앙시장 고객센터",
                                orderDeadline.plusSeconds(1),
                                orderDeadline.plus(Duration.ofSeconds(60)))),
                account);
    }

    /**
     * The earliest order deadline the default rules allow from now (shops' 48 h and the vote's 72
     * h), plus a day.
     */
    public static Instant farDeadline() {
        return Instant.now().plus(Duration.ofDays(6));
    }

    public void everyShopConfirms() {
        shops().forEach(
                        s ->
                                MyTaskList.complete(
                                        inbox,
                                        s,
                                        "joint-sale-confirm-part",
                                        Map.of("decision", "CONFIRM"),
                                        WAIT));
    }

    public void everyoneVotes(String choice) {
        shops().forEach(
                        s ->
                                MyTaskList.complete(
                                        inbox, s, "member-vote", Map.of("choice", choice), WAIT));
    }

    public void awaitStage(JointOfferService offers, long id, OfferStage stage) {
        awaitStage(offers, id, stage, WAIT);
    }

    /**
     * For a stage a timer brings (the order window, the last pickup slot), which fires in the
     * engine's real time.
     */
    public void awaitStage(JointOfferService offers, long id, OfferStage stage, Duration atMost) {
        Fixtures.signIn(f.leader());
        await().pollInSameThread().atMost(atMost).until(() -> offers.get(id).stage() == stage);
    }

    public static String newPhone() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "010-%04d-%04d".formatted(r.nextInt(10_000), r.nextInt(10_000));
    }

    public List<String> smsTo(String phone) {
        return jdbc.queryForList(
                "select body from outbox_message where address = ? and channel = 'SMS' order by id",
                String.class,
                phone);
    }

    /** The code of the latest SMS to the phone. */
    public String lastCode(String phone) {
        Matcher m = SMS_CODE.matcher(smsTo(phone).getLast());
        if (!m.find()) {
            throw new AssertionError("no code in " + smsTo(phone));
        }
        return m.group(1);
    }
}
