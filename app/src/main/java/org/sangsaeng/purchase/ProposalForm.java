package org.sangsaeng.purchase;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.util.List;

/**
 * What a co-op leader fills in to propose a group purchase. Money in whole won. How the vote is
 * decided comes from the co-op's rules; without a vote deadline the vote runs for the rules' vote
 * duration.
 */
public record ProposalForm(
        long coopId,
        long supplierId,
        String title,
        String reason,
        @JsonSetter(contentNulls = Nulls.FAIL) List<LineForm> lines,
        long shippingCost,
        long coopFee,
        SplitBasis splitBasis,
        Instant voteDeadline,
        Instant orderDeadline,
        long supplierMinimum) {

    /**
     * One line: either typed (item, unit, unit price, units per pack) or picked from the supplier's
     * catalogue by {@code catalogueItemId} alone, which copies the item's name, unit, pack size and
     * today's price. Either way an optional maximum per member.
     */
    public record LineForm(
            String item,
            String unit,
            Long unitPrice,
            Long packSize,
            Long maxPerMember,
            Long catalogueItemId) {

        public LineForm(
                String item, String unit, long unitPrice, long packSize, Long maxPerMember) {
            this(item, unit, unitPrice, packSize, maxPerMember, null);
        }

        public static LineForm fromCatalogue(long catalogueItemId, Long maxPerMember) {
            return new LineForm(null, null, null, null, maxPerMember, catalogueItemId);
        }

        /** Whether the caller typed anything a catalogue line takes from the catalogue instead. */
        boolean typesAnything() {
            return item != null || unit != null || unitPrice != null || packSize != null;
        }
    }
}
