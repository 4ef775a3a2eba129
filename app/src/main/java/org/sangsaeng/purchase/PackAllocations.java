package org.sangsaeng.purchase;

import java.util.List;
import org.sangsaeng.purchase.domain.PurchaseLine;
import org.sangsaeng.purchase.domain.PurchasePledge;
import org.sangsaeng.purchase.domain.PurchasePledges;
import org.springframework.stereotype.Component;

/** A line's pledges allocated to whole packs, for the views and the steps alike. */
@Component
class PackAllocations {

    private final PurchasePledges pledges;

    PackAllocations(PurchasePledges pledges) {
        this.pledges = pledges;
    }

    /**
     * Allocates one line from its pledges (loaded once by the caller); confirmedPacks null = as
     * ordered.
     */
    static PackAllocation allocate(
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

    PackAllocation allocate(PurchaseLine line, Long confirmedPacks) {
        return allocate(line, pledges.findByLineIdIn(List.of(line.getId())), confirmedPacks);
    }

    /** Allocates a line and records every pledge's share of it, reading the pledges once. */
    PackAllocation allocateAndStore(PurchaseLine line, Long confirmedPacks) {
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
}
