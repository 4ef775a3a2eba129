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
public record ProposalForm(long coopId, long supplierId, String title, String reason, @JsonSetter(contentNulls = Nulls.FAIL) List<LineForm> lines,
                           long shippingCost, long coopFee, SplitBasis splitBasis, Instant voteDeadline,
                           Instant orderDeadline, long supplierMinimum) {

    /** One catalogue line: item, unit, unit price, units per pack, optional maximum per member. */
    public record LineForm(String item, String unit, long unitPrice, long packSize, Long maxPerMember) {
    }
}
