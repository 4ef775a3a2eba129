package org.sangsaeng.purchase;

import java.time.Instant;
import java.util.List;
import org.sangsaeng.voting.Outcome;

/** A group purchase as its co-op's members, its supplier and the foundation see it. */
public record PurchaseView(
        long id,
        long coopId,
        String title,
        String reason,
        Stage stage,
        String supplierName,
        List<LineView> lines,
        long shippingCost,
        long coopFee,
        SplitBasis splitBasis,
        long supplierMinimum,
        Instant voteDeadline,
        Instant orderDeadline,
        Long voteId,
        Outcome voteOutcome,
        String supplierAnswer,
        String supplierReason,
        String cancelReason,
        PledgeAnswers answers,
        boolean leader) {

    /**
     * Who answered the pledge step so far: the number of members who pledged something, the names
     * of those who take nothing this time, and whether the signed-in member is one of them.
     */
    public record PledgeAnswers(int pledged, List<String> takingNothing, boolean iTakeNothing) {}

    /**
     * A line with its live pack fill, and what the signed-in member pledged and will receive;
     * {@code catalogueItemId} names the catalogue item it was copied from (null for a typed line).
     */
    public record LineView(
            long id,
            String item,
            String unit,
            long unitPrice,
            long packSize,
            Long maxPerMember,
            long pledgedUnits,
            long toleranceUnits,
            long fullPacks,
            long unitsTowardsNextPack,
            long unitsMissing,
            Long orderedPacks,
            Long confirmedPacks,
            Long confirmedUnitPrice,
            long myQuantity,
            long myTolerance,
            long myAllocatedUnits,
            Long catalogueItemId) {}
}
