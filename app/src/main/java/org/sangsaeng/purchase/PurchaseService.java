package org.sangsaeng.purchase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RuleSet;
import org.sangsaeng.governance.RulesVersion;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.purchase.domain.Purchase;
import org.sangsaeng.purchase.domain.PurchaseBill;
import org.sangsaeng.purchase.domain.PurchaseBills;
import org.sangsaeng.purchase.domain.PurchaseLine;
import org.sangsaeng.purchase.domain.PurchasePledge;
import org.sangsaeng.purchase.domain.PurchasePledges;
import org.sangsaeng.purchase.domain.Purchases;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Group purchases: the leader's proposal, members' pledges, and the steps the group-purchase
 * process asks for. Every step a worker calls is safe to call twice.
 */
@Service
@Transactional
public class PurchaseService {

    public static final String PROCESS_ID = "group-purchase";
    static final String BUSINESS_KEY_PREFIX = PROCESS_ID + "-";
    private final Purchases purchases;
    private final PurchasePledges pledges;
    private final PurchaseBills bills;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final CoopService coops;
    private final CoopRulesService rules;
    private final ProposalLines proposalLines;
    private final ProcessEngine engine;
    private final JsonMapper json;
    private final Clock clock;

    PurchaseService(
            Purchases purchases,
            PurchasePledges pledges,
            PurchaseBills bills,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            CoopService coops,
            CoopRulesService rules,
            ProposalLines proposalLines,
            ProcessEngine engine,
            JsonMapper json,
            Clock clock) {
        this.proposalLines = proposalLines;
        this.rules = rules;
        this.purchases = purchases;
        this.pledges = pledges;
        this.bills = bills;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.coops = coops;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    /** A co-op leader proposes a purchase; the member vote starts at once. */
    public PurchaseView propose(ProposalForm form) {
        CurrentUser me = currentUsers.require();
        if (!me.isLeaderOf(form.coopId())) {
            throw new AccessDeniedException("error.purchase.leaderOnly");
        }
        RulesVersion pinned = rules.pinCurrent(form.coopId());
        RuleSet in = pinned.rules();
        Instant voteDeadline =
                form.voteDeadline() != null
                        ? form.voteDeadline()
                        : clock.instant().plus(in.voteDuration());
        validate(form, voteDeadline);
        coops.supplierName(form.supplierId());
        List<ProposalLines.Line> lines = proposalLines.resolve(form.supplierId(), form.lines());
        Purchase purchase =
                new Purchase(
                        form.coopId(),
                        me.id(),
                        form.supplierId(),
                        form.title().trim(),
                        form.reason() == null ? "" : form.reason().trim(),
                        form.splitBasis() == null ? SplitBasis.BY_VALUE : form.splitBasis(),
                        form.shippingCost(),
                        form.coopFee(),
                        form.supplierMinimum(),
                        seconds(voteDeadline),
                        seconds(form.orderDeadline()),
                        pinned.version(),
                        in.quorumPercent(),
                        in.approvalRule().name(),
                        in.requiredSharePercent(),
                        in.reasonRequiredForNo(),
                        clock.instant());
        lines.forEach(
                l ->
                        purchase.addLine(
                                l.item(),
                                l.unit(),
                                l.unitPrice(),
                                l.packSize(),
                                l.maxPerMember(),
                                l.catalogueItemId()));
        purchases.saveAndFlush(purchase);
        Map<String, Object> variables = new HashMap<>();
        variables.put("purchaseId", purchase.getId());
        variables.put("coopId", purchase.getCoopId());
        variables.put("supplierId", purchase.getSupplierId());
        variables.put("voteTitle", purchase.getTitle());
        variables.put("voteDeadline", purchase.getVoteDeadline().toString());
        variables.put("orderDeadline", purchase.getOrderDeadline().toString());
        variables.put("quorumPercent", purchase.getQuorumPercent());
        variables.put("approvalRule", purchase.getApprovalRule());
        variables.put("requiredSharePercent", purchase.getRequiredSharePercent());
        variables.put("reasonRequiredForNo", purchase.isReasonRequiredForNo());
        variables.put("rulesVersion", pinned.version());
        variables.put("reminderLead", in.reminderLead().toString());
        purchase.startedAs(
                engine.start(PROCESS_ID, BUSINESS_KEY_PREFIX + purchase.getId(), variables));
        return view(purchase, me);
    }

    @Transactional(readOnly = true)
    public List<PurchaseView> ofCoop(long coopId) {
        CurrentUser me = currentUsers.require();
        if (!me.mayRead(coopId)) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        return purchases.findByCoopIdOrderByIdDesc(coopId).stream().map(p -> view(p, me)).toList();
    }

    /** The orders of the signed-in supplier. */
    @Transactional(readOnly = true)
    public List<PurchaseView> forMySupplier() {
        CurrentUser me = currentUsers.require();
        if (me.supplierId() == null) {
            return List.of();
        }
        return purchases.findBySupplierIdOrderByIdDesc(me.supplierId()).stream()
                .filter(p -> p.getStage().ordinal() >= Stage.AWAITING_SUPPLIER.ordinal())
                .map(p -> view(p, me))
                .toList();
    }

    /**
     * The orders of the signed-in supplier's account; refused for anyone who does not speak for a
     * supplier.
     */
    @Transactional(readOnly = true)
    public List<PurchaseView> mySupplierOrders() {
        if (currentUsers.require().supplierId() == null) {
            throw new AccessDeniedException("error.supplier.notSupplier");
        }
        return forMySupplier();
    }

    @Transactional(readOnly = true)
    public PurchaseView get(long purchaseId) {
        CurrentUser me = currentUsers.require();
        return view(visible(purchaseId, me), me);
    }

    /** A member pledges (or changes pledges) while the pooled order is open. */
    public PurchaseView pledge(long purchaseId, PledgeForm form) {
        CurrentUser me = currentUsers.require();
        Purchase purchase = openForPledges(purchaseId, me);
        Map<Long, PurchaseLine> lines =
                purchase.getLines().stream()
                        .collect(Collectors.toMap(PurchaseLine::getId, Function.identity()));
        if (form == null || form.lines() == null || form.lines().isEmpty()) {
            throw new InvalidInputException("error.pledge.empty");
        }
        for (PledgeForm.LinePledge p : form.lines()) {
            if (p == null) {
                throw new InvalidInputException("error.pledge.empty");
            }
            PurchaseLine line = lines.get(p.lineId());
            if (line == null) {
                throw new InvalidInputException("error.pledge.unknownLine", p.lineId());
            }
            if (p.quantity() < 0 || p.tolerance() < 0) {
                throw new InvalidInputException("error.pledge.negative");
            }
            if (line.getMaxPerMember() != null && p.quantity() > line.getMaxPerMember()) {
                throw new InvalidInputException(
                        "error.pledge.aboveMaximum", line.getMaxPerMember());
            }
        }
        form.lines().forEach(p -> store(p.lineId(), me.id(), p.quantity(), p.tolerance()));
        pledges.flush();
        return view(purchase, me);
    }

    /**
     * A member answers "I take nothing this time": nothing on every line (a pledge made before is
     * released), counted as an answer. The member may still pledge while the order is open.
     */
    public PurchaseView takeNothing(long purchaseId) {
        CurrentUser me = currentUsers.require();
        Purchase purchase = openForPledges(purchaseId, me);
        purchase.getLines().forEach(line -> store(line.getId(), me.id(), 0, 0));
        pledges.flush();
        return view(purchase, me);
    }

    private Purchase openForPledges(long purchaseId, CurrentUser me) {
        Purchase purchase = locked(purchaseId);
        if (!me.isMemberOf(purchase.getCoopId())) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        if (purchase.getStage() != Stage.ORDERING
                || !clock.instant().isBefore(purchase.getOrderDeadline())) {
            throw new BusinessException("error.pledge.notOrdering");
        }
        return purchase;
    }

    /** A line's pledge of a member; a pledge of nothing is kept too, as the member's answer. */
    private void store(long lineId, long memberId, long quantity, long tolerance) {
        Instant now = clock.instant();
        Optional<PurchasePledge> existing = pledges.findByLineIdAndMemberId(lineId, memberId);
        if (existing.isPresent()) {
            existing.get().change(quantity, tolerance, now);
        } else {
            pledges.save(new PurchasePledge(lineId, memberId, quantity, tolerance, now));
        }
    }

    /**
     * Who answered the pledge step: members who pledged something, and those who take nothing this
     * time.
     */
    private PurchaseView.PledgeAnswers answers(
            Purchase p, Map<Long, List<PurchasePledge>> byLine, CurrentUser me) {
        Map<Long, Long> unitsByMember =
                byLine.values().stream()
                        .flatMap(List::stream)
                        .collect(
                                Collectors.groupingBy(
                                        PurchasePledge::getMemberId,
                                        Collectors.summingLong(
                                                x -> x.getQuantity() + x.getTolerance())));
        List<Long> nothing =
                unitsByMember.entrySet().stream()
                        .filter(e -> e.getValue() == 0)
                        .map(Map.Entry::getKey)
                        .sorted()
                        .toList();
        Map<Long, String> names = directory.displayNames(nothing);
        return new PurchaseView.PledgeAnswers(
                (int) unitsByMember.values().stream().filter(u -> u > 0).count(),
                nothing.stream().map(names::get).toList(),
                nothing.contains(me.id()));
    }

    // ----- steps of the group-purchase process (called by its workers) -----

    void recordVote(long purchaseId, long voteId, String outcome) {
        Purchase purchase = locked(purchaseId);
        purchase.voted(voteId, outcome);
    }

    void reject(long purchaseId) {
        Purchase purchase = locked(purchaseId);
        if (purchase.getStage() != Stage.REJECTED) {
            purchase.close(Stage.REJECTED, clock.instant());
        }
    }

    /** Opens the pooled order and names the members who get a pledge task. */
    List<String> openOrdering(long purchaseId) {
        Purchase purchase = locked(purchaseId);
        if (purchase.getStage() == Stage.VOTING) {
            purchase.moveTo(Stage.ORDERING);
        }
        return directory.activeMembers(purchase.getCoopId()).stream()
                .map(MemberDirectory.Member::username)
                .toList();
    }

    /**
     * Rounds each line to whole packs and allocates them; says whether the supplier minimum was
     * missed.
     */
    boolean closeOrder(long purchaseId) {
        Purchase purchase = locked(purchaseId);
        long value = 0;
        for (PurchaseLine line : purchase.getLines()) {
            PackAllocation allocation = allocateAndStore(line, null);
            line.ordered(allocation.packs());
            value =
                    Math.addExact(
                            value, Math.multiplyExact(allocation.units(), line.getUnitPrice()));
        }
        purchase.moveTo(Stage.ORDER_CLOSED);
        return value < purchase.getSupplierMinimum() || value == 0;
    }

    Instant extendOrder(long purchaseId, Instant newDeadline) {
        Purchase purchase = locked(purchaseId);
        if (!purchase.isOrderDeadlineExtended()) {
            purchase.extendOrderDeadline(seconds(newDeadline));
        }
        return purchase.getOrderDeadline();
    }

    void cancel(long purchaseId) {
        Purchase purchase = locked(purchaseId);
        if (purchase.getStage() != Stage.CANCELLED) {
            purchase.close(Stage.CANCELLED, clock.instant());
        }
    }

    /**
     * Sends the order to the supplier; returns when they must answer: the rules' answer time, or
     * the time the leader gave when sending again after the supplier's silence.
     */
    Instant sendOrder(long purchaseId, Instant resendAnswerDue) {
        Purchase purchase = locked(purchaseId);
        purchase.moveTo(Stage.AWAITING_SUPPLIER);
        return resendAnswerDue != null
                ? resendAnswerDue
                : clock.instant()
                        .plus(rulesOf(purchase).supplierAnswerTime())
                        .truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The longest a leader may give a supplier to answer when sending again: the rules' own upper
     * bound.
     */
    static final Duration LONGEST_SUPPLIER_ANSWER_TIME = Duration.ofHours(336);

    /**
     * The leader sends the order to the silent supplier again; returns the new answer time, whole
     * seconds.
     */
    Instant resendToSupplier(long purchaseId, Instant answerDue) {
        Purchase purchase = locked(purchaseId);
        purchase.checkAwaitingSupplier();
        Instant now = clock.instant();
        if (!answerDue.isAfter(now)) {
            throw new InvalidInputException("error.purchase.answerTimePast");
        }
        if (answerDue.isAfter(now.plus(LONGEST_SUPPLIER_ANSWER_TIME))) {
            throw new InvalidInputException(
                    "error.purchase.answerTimeTooFar", LONGEST_SUPPLIER_ANSWER_TIME.toDays());
        }
        return seconds(answerDue);
    }

    /**
     * The leader cancels after the supplier's silence; the reason is kept and told to the members.
     */
    void cancelForSilentSupplier(long purchaseId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("error.purchase.cancelReasonRequired");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("error.text.tooLong", 2000);
        }
        locked(purchaseId).cancelForSilentSupplier(reason.trim());
    }

    /** Re-allocates what the supplier confirmed; says whether a price rose beyond the limit. */
    boolean applySupplierAnswer(long purchaseId) {
        Purchase purchase = locked(purchaseId);
        int priceRiseLimitPercent = rulesOf(purchase).priceRiseLimitPercent();
        boolean priceRise = false;
        for (PurchaseLine line : purchase.getLines()) {
            long confirmedPacks =
                    line.getConfirmedPacks() == null
                            ? line.getOrderedPacks()
                            : line.getConfirmedPacks();
            long price =
                    line.getConfirmedUnitPrice() == null
                            ? line.getUnitPrice()
                            : line.getConfirmedUnitPrice();
            line.confirmed(confirmedPacks, price);
            allocateAndStore(line, confirmedPacks);
            priceRise |= price * 100 > line.getUnitPrice() * (100L + priceRiseLimitPercent);
        }
        purchase.moveTo(priceRise ? Stage.PRICE_CHECK : Stage.SETTLING);
        return priceRise;
    }

    /** Splits goods and shared costs to the won and makes each member's bill; returns who pays. */
    List<String> split(long purchaseId, Instant due) {
        Purchase purchase = locked(purchaseId);
        List<PricedLine> priced = new ArrayList<>();
        for (PurchaseLine line : purchase.getLines()) {
            priced.add(
                    PricedLine.of(
                            allocate(line, line.getConfirmedPacks()),
                            Won.of(line.getConfirmedUnitPrice())));
        }
        List<SharedCost> costs =
                List.of(
                        new SharedCost(
                                "shipping",
                                Won.of(purchase.getShippingCost()),
                                purchase.getSplitBasis()),
                        new SharedCost(
                                "coopFee",
                                Won.of(purchase.getCoopFee()),
                                purchase.getSplitBasis()));
        CostSplit split = CostSplit.of(priced, costs);
        List<String> payers = new ArrayList<>();
        for (MemberBill bill : split.members()) {
            if (bill.total().isZero()) {
                continue;
            }
            if (bills.findByPurchaseIdAndMemberId(purchaseId, bill.memberId()).isEmpty()) {
                bills.save(
                        new PurchaseBill(
                                purchaseId,
                                bill.memberId(),
                                bill.goods().value(),
                                bill.sharedCosts().value(),
                                json.writeValueAsString(
                                        Map.of("lines", bill.lines(), "shares", bill.shares())),
                                due));
            }
            payers.add(directory.username(bill.memberId()));
        }
        purchase.moveTo(Stage.SETTLING);
        return payers;
    }

    /** The leader records money received from a member; refused above what is still owed. */
    boolean recordPayment(long purchaseId, String payer, long amount, String confirmedBy) {
        PurchaseBill bill =
                bills.findByPurchaseIdAndMemberId(purchaseId, directory.userId(payer))
                        .orElseThrow(() -> new NotFoundException("error.bill.notFound", payer));
        if (amount <= 0 || amount > bill.getTotal() - bill.getPaid()) {
            throw new InvalidInputException("error.bill.amount", bill.getTotal() - bill.getPaid());
        }
        bill.received(amount, confirmedBy, clock.instant());
        return bill.getPaid() >= bill.getTotal();
    }

    void delivered(long purchaseId) {
        locked(purchaseId).moveTo(Stage.DELIVERY);
    }

    void close(long purchaseId) {
        Purchase purchase = locked(purchaseId);
        if (purchase.getStage() != Stage.CLOSED) {
            purchase.close(Stage.CLOSED, clock.instant());
        }
    }

    /**
     * The supplier's answer, checked: confirmed packs within what was ordered, prices above zero.
     */
    void supplierAnswer(
            long purchaseId, String answer, Map<Long, long[]> confirmed, String reason) {
        CurrentUser me = currentUsers.require();
        Purchase purchase = locked(purchaseId);
        if (me.supplierId() == null || me.supplierId() != purchase.getSupplierId()) {
            throw new AccessDeniedException("error.purchase.notYourOrder");
        }
        switch (answer) {
            case "CONFIRM" ->
                    purchase.getLines()
                            .forEach(l -> l.confirmed(l.getOrderedPacks(), l.getUnitPrice()));
            case "PARTIAL" -> {
                for (PurchaseLine line : purchase.getLines()) {
                    long[] packsAndPrice = confirmed.get(line.getId());
                    if (packsAndPrice == null) {
                        throw new InvalidInputException(
                                "error.supplier.lineMissing", line.getItem());
                    }
                    if (packsAndPrice[0] < 0 || packsAndPrice[0] > line.getOrderedPacks()) {
                        throw new InvalidInputException(
                                "error.allocation.confirmedPacks",
                                packsAndPrice[0],
                                line.getOrderedPacks());
                    }
                    if (packsAndPrice[1] <= 0) {
                        throw new InvalidInputException("error.line.negativePrice");
                    }
                    Won.of(packsAndPrice[1]);
                    line.confirmed(packsAndPrice[0], packsAndPrice[1]);
                }
            }
            case "REJECT" -> {
                if (reason == null || reason.isBlank()) {
                    throw new InvalidInputException("error.supplier.reasonRequired");
                }
            }
            default -> throw new InvalidInputException("error.supplier.answerRequired");
        }
        purchase.supplierAnswered(answer, reason == null ? null : reason.trim());
    }

    /** How long a person has for a decision under the rules the purchase started with. */
    Duration decisionTime(long purchaseId) {
        return rulesOf(find(purchaseId)).decisionTime();
    }

    /**
     * When a leader's decision or confirmation that falls due now is due, under the purchase's
     * rules.
     */
    Instant decisionDue(long purchaseId) {
        Purchase purchase = find(purchaseId);
        return rules.decisionDue(purchase.getCoopId(), purchase.getRulesVersion());
    }

    Instant paymentDue(long purchaseId) {
        return clock.instant()
                .plus(rulesOf(find(purchaseId)).paymentTime())
                .truncatedTo(ChronoUnit.SECONDS);
    }

    Optional<Long> billOf(long purchaseId, long memberId) {
        return bills.findByPurchaseIdAndMemberId(purchaseId, memberId).map(PurchaseBill::getTotal);
    }

    @Transactional(readOnly = true)
    public List<BillView> bills(long purchaseId) {
        CurrentUser me = currentUsers.require();
        Purchase purchase = visible(purchaseId, me);
        boolean all = me.oversees(purchase.getCoopId());
        return bills.findByPurchaseIdOrderByMemberId(purchaseId).stream()
                .filter(b -> all || b.getMemberId() == me.id())
                .map(b -> bill(b, purchase))
                .toList();
    }

    /** What the signed-in member owes and paid across purchases. */
    @Transactional(readOnly = true)
    public List<BillView> myLedger() {
        CurrentUser me = currentUsers.require();
        return bills.findByMemberIdOrderByIdDesc(me.id()).stream()
                .map(b -> bill(b, find(b.getPurchaseId())))
                .toList();
    }

    private BillView bill(PurchaseBill b, Purchase purchase) {
        var breakdown = json.readTree(b.getBreakdown());
        List<LineCharge> lines =
                json.convertValue(
                        breakdown.get("lines"),
                        json.getTypeFactory()
                                .constructCollectionType(List.class, LineCharge.class));
        List<CostShare> shares =
                json.convertValue(
                        breakdown.get("shares"),
                        json.getTypeFactory().constructCollectionType(List.class, CostShare.class));
        return new BillView(
                purchase.getId(),
                purchase.getTitle(),
                directory.username(b.getMemberId()),
                b.getGoods(),
                b.getSharedCosts(),
                b.getTotal(),
                b.getPaid(),
                b.getDueAt(),
                lines,
                shares);
    }

    /**
     * Allocates one line from its pledges (loaded once by the caller); confirmedPacks null = as
     * ordered.
     */
    private static PackAllocation allocate(
            PurchaseLine line, List<PurchasePledge> linePledges, Long confirmedPacks) {
        List<Pledge> active =
                linePledges.stream()
                        .filter(p -> p.getQuantity() > 0 || p.getTolerance() > 0)
                        .map(
                                p ->
                                        new Pledge(
                                                p.getMemberId(),
                                                p.getPledgedAt(),
                                                p.getQuantity(),
                                                p.getTolerance()))
                        .toList();
        PackAllocation allocation =
                PackAllocation.of(
                        new PackLine(line.getId(), line.getPackSize(), line.getMaxPerMember()),
                        active);
        return confirmedPacks == null
                ? allocation
                : allocation.afterSupplierConfirmed(confirmedPacks);
    }

    private PackAllocation allocate(PurchaseLine line, Long confirmedPacks) {
        return allocate(line, pledges.findByLineIdIn(List.of(line.getId())), confirmedPacks);
    }

    /** Allocates a line and records every pledge's share of it, reading the pledges once. */
    private PackAllocation allocateAndStore(PurchaseLine line, Long confirmedPacks) {
        List<PurchasePledge> linePledges = pledges.findByLineIdIn(List.of(line.getId()));
        PackAllocation allocation = allocate(line, linePledges, confirmedPacks);
        for (PurchasePledge p : linePledges) {
            var a = allocation.member(p.getMemberId());
            p.allocated(
                    a.map(MemberAllocation::firmUnits).orElse(0L),
                    a.map(MemberAllocation::toleranceUnits).orElse(0L));
        }
        return allocation;
    }

    private PurchaseView view(Purchase p, CurrentUser me) {
        List<Long> lineIds = p.getLines().stream().map(PurchaseLine::getId).toList();
        Map<Long, List<PurchasePledge>> byLine =
                pledges.findByLineIdIn(lineIds).stream()
                        .collect(Collectors.groupingBy(PurchasePledge::getLineId));
        List<PurchaseView.LineView> lines = new ArrayList<>();
        for (PurchaseLine line : p.getLines()) {
            List<PurchasePledge> lp = byLine.getOrDefault(line.getId(), List.of());
            PackAllocation now = allocate(line, lp, null);
            PackFill fill = now.fill();
            PurchasePledge mine =
                    lp.stream().filter(x -> x.getMemberId() == me.id()).findFirst().orElse(null);
            // Before the order closes, what the member would receive if it closed now.
            long myAllocated =
                    mine == null
                            ? 0
                            : mine.getFirmUnits() != null
                                    ? mine.getFirmUnits() + mine.getToleranceUnits()
                                    : now.member(me.id()).map(MemberAllocation::units).orElse(0L);
            lines.add(
                    new PurchaseView.LineView(
                            line.getId(),
                            line.getItem(),
                            line.getUnit(),
                            line.getUnitPrice(),
                            line.getPackSize(),
                            line.getMaxPerMember(),
                            fill.firmUnits(),
                            fill.toleranceUnits(),
                            fill.fullPacks(),
                            fill.unitsTowardsNextPack(),
                            fill.unitsMissing(),
                            line.getOrderedPacks(),
                            line.getConfirmedPacks(),
                            line.getConfirmedUnitPrice(),
                            mine == null ? 0 : mine.getQuantity(),
                            mine == null ? 0 : mine.getTolerance(),
                            myAllocated,
                            line.getCatalogueItemId()));
        }
        return new PurchaseView(
                p.getId(),
                p.getCoopId(),
                p.getTitle(),
                p.getReason(),
                p.getStage(),
                coops.supplierName(p.getSupplierId()),
                lines,
                p.getShippingCost(),
                p.getCoopFee(),
                p.getSplitBasis(),
                p.getSupplierMinimum(),
                p.getVoteDeadline(),
                p.getOrderDeadline(),
                p.getVoteId(),
                p.getVoteOutcome(),
                p.getSupplierAnswer(),
                p.getSupplierReason(),
                p.getCancelReason(),
                answers(p, byLine, me),
                me.isLeaderOf(p.getCoopId()));
    }

    private Purchase visible(long purchaseId, CurrentUser me) {
        Purchase p = find(purchaseId);
        boolean allowed =
                me.mayRead(p.getCoopId())
                        || (me.supplierId() != null && me.supplierId() == p.getSupplierId());
        if (!allowed) {
            throw new NotFoundException("error.purchase.notFound", purchaseId);
        }
        return p;
    }

    Purchase find(long purchaseId) {
        return purchases
                .findById(purchaseId)
                .orElseThrow(() -> new NotFoundException("error.purchase.notFound", purchaseId));
    }

    /**
     * For a step that changes the purchase: its row locked until the step commits, so a step of the
     * process and a person's form on the same purchase take turns instead of one failing at commit.
     */
    private Purchase locked(long purchaseId) {
        return purchases
                .findForUpdate(purchaseId)
                .orElseThrow(() -> new NotFoundException("error.purchase.notFound", purchaseId));
    }

    /** The rules the purchase started under. */
    private RuleSet rulesOf(Purchase purchase) {
        return rules.version(purchase.getCoopId(), purchase.getRulesVersion());
    }

    private void validate(ProposalForm form, Instant voteDeadline) {
        if (form.title() == null || form.title().isBlank() || form.title().trim().length() > 200) {
            throw new InvalidInputException("error.purchase.title");
        }
        if (form.reason() != null && form.reason().length() > 2000) {
            throw new InvalidInputException("error.text.tooLong", 2000);
        }
        if (form.lines() == null || form.lines().isEmpty() || form.lines().size() > 50) {
            throw new InvalidInputException("error.purchase.lines");
        }
        if (form.shippingCost() < 0 || form.coopFee() < 0 || form.supplierMinimum() < 0) {
            throw new InvalidInputException("error.split.negativeCost");
        }
        Won.of(form.shippingCost());
        Won.of(form.coopFee());
        Won.of(form.supplierMinimum());
        Instant now = clock.instant();
        if (form.orderDeadline() == null) {
            throw new InvalidInputException("error.purchase.orderDeadlineRequired");
        }
        if (!voteDeadline.isAfter(now)) {
            throw new InvalidInputException("error.vote.deadlinePast");
        }
        if (!form.orderDeadline().isAfter(voteDeadline)) {
            throw new InvalidInputException("error.purchase.orderBeforeVote");
        }
    }

    private static Instant seconds(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS);
    }
}
