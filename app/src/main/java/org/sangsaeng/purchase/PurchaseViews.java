package org.sangsaeng.purchase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.purchase.domain.Purchase;
import org.sangsaeng.purchase.domain.PurchaseLine;
import org.sangsaeng.purchase.domain.PurchasePledge;
import org.sangsaeng.purchase.domain.PurchasePledges;
import org.springframework.stereotype.Component;

/** A purchase as the signed-in person sees it: live pack fill, their pledges, who answered. */
@Component
class PurchaseViews {

    private final PurchasePledges pledges;
    private final MemberDirectory directory;
    private final CoopService coops;

    PurchaseViews(PurchasePledges pledges, MemberDirectory directory, CoopService coops) {
        this.pledges = pledges;
        this.directory = directory;
        this.coops = coops;
    }

    PurchaseView view(Purchase p, CurrentUser me) {
        List<Long> lineIds = p.getLines().stream().map(PurchaseLine::getId).toList();
        Map<Long, List<PurchasePledge>> byLine =
                pledges.findByLineIdIn(lineIds).stream()
                        .collect(Collectors.groupingBy(PurchasePledge::getLineId));
        List<PurchaseView.LineView> lines = new ArrayList<>();
        for (PurchaseLine line : p.getLines()) {
            List<PurchasePledge> lp = byLine.getOrDefault(line.getId(), List.of());
            PackAllocation now = PackAllocations.allocate(line, lp, null);
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
                answers(byLine, me),
                me.isLeaderOf(p.getCoopId()));
    }

    /**
     * Who answered the pledge step: members who pledged something, and those who take nothing this
     * time.
     */
    private PurchaseView.PledgeAnswers answers(
            Map<Long, List<PurchasePledge>> byLine, CurrentUser me) {
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
}
