package org.sangsaeng.purchase;

import static org.sangsaeng.purchase.PurchaseLookup.seconds;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RuleSet;
import org.sangsaeng.governance.RulesVersion;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.purchase.domain.Purchase;
import org.sangsaeng.purchase.domain.Purchases;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A co-op leader's proposal of a group purchase: checked, stored under the co-op's current rules,
 * and launched as a group-purchase process whose member vote starts at once.
 */
@Service
@Transactional
public class ProposalService {

    private final Purchases purchases;
    private final CurrentUsers currentUsers;
    private final CoopService coops;
    private final CoopRulesService rules;
    private final ProposalLines proposalLines;
    private final PurchaseViews views;
    private final ProcessEngine engine;
    private final Clock clock;

    ProposalService(
            Purchases purchases,
            CurrentUsers currentUsers,
            CoopService coops,
            CoopRulesService rules,
            ProposalLines proposalLines,
            PurchaseViews views,
            ProcessEngine engine,
            Clock clock) {
        this.purchases = purchases;
        this.currentUsers = currentUsers;
        this.coops = coops;
        this.rules = rules;
        this.proposalLines = proposalLines;
        this.views = views;
        this.engine = engine;
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
                engine.start(
                        PurchaseService.PROCESS_ID,
                        PurchaseService.BUSINESS_KEY_PREFIX + purchase.getId(),
                        variables));
        return views.view(purchase, me);
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
}
