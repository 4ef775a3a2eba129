package org.sangsaeng.purchase;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskInbox;

/**
 * The flour purchase the broker tests run: the fixtures' co-op with more members, a flour supplier,
 * and a proposal of one line (31,000 won a sack, packs of 2, at most 5 a member; 12,000 shipping,
 * 6,001 co-op fee, split by value, supplier minimum 300,000).
 */
public record FlourPurchase(Fixtures f, List<String> members, String supplier, long supplierId) {

    /** The leader and the member of the fixtures plus {@code more} members, and a supplier. */
    public static FlourPurchase prepare(
            AccountService accounts, CoopService coops, Fixtures f, int more) {
        List<String> members = new ArrayList<>(List.of(f.leader(), f.member()));
        for (int i = 0; i < more; i++) {
            String name = "m" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            accounts.addMembership(
                    f.coopId(),
                    accounts.createAccount(name, Fixtures.PASSWORD, "상인" + i, Set.of()),
                    false,
                    BusinessType.values()[i % BusinessType.values().length],
                    "가게 " + i);
            members.add(name);
        }
        Fixtures.SupplierAccount supplier =
                Fixtures.addSupplier(accounts, coops, "sup", "한맥제분", "밀가루");
        return new FlourPurchase(f, List.copyOf(members), supplier.username(), supplier.id());
    }

    /** The leader proposes it; returns the purchase's id. */
    public long propose(ProposalService proposals, String title) {
        Fixtures.signIn(f.leader());
        Instant now = Instant.now();
        return proposals
                .propose(
                        new ProposalForm(
                                f.coopId(),
                                supplierId,
                                title,
                                "포대당 2,000원 절약",
                                List.of(new ProposalForm.LineForm("밀가루 20kg", "포대", 31_000, 2, 5L)),
                                12_000,
                                6_001,
                                SplitBasis.BY_VALUE,
                                now.plus(Duration.ofDays(2)),
                                now.plus(Duration.ofDays(5)),
                                300_000))
                .id();
    }

    /** The pledge form's answer: {@code quantity} units of the line, with that tolerance. */
    public static Map<String, Object> pledge(long lineId, long quantity, long tolerance) {
        return Map.of(
                "lines",
                List.of(Map.of("lineId", lineId, "quantity", quantity, "tolerance", tolerance)));
    }

    /** The pledge form's answer: {@code quantity} units of the line, no tolerance. */
    public static Map<String, Object> pledge(long lineId, long quantity) {
        return pledge(lineId, quantity, 0);
    }

    /** Signs the user in and waits until the purchase has reached the stage. */
    public static void awaitStage(
            PurchaseService purchases, String user, long id, Stage stage, Duration wait) {
        Fixtures.signIn(user);
        await().pollInSameThread().atMost(wait).until(() -> purchases.get(id).stage() == stage);
    }

    /**
     * The leader confirms the payment of this bill's member (receipt tasks of several payers may be
     * open at once).
     */
    public static void confirmReceipt(
            TaskInbox inbox, String leader, BillDetails bill, Duration wait) {
        long receipt =
                MyTaskList.awaitTask(
                                inbox,
                                leader,
                                "purchase-payment-receipt",
                                null,
                                t -> bill.member().equals(t.variables().get("payer")),
                                wait)
                        .id();
        inbox.complete(receipt, Map.of("amount", bill.total()));
    }
}
