package org.sangsaeng.purchase;

import java.time.Instant;
import java.util.List;
import org.sangsaeng.voting.ApprovalRule;

/** What a co-op leader fills in to propose a group purchase. Money in whole won. */
public record ProposalForm(long coopId, long supplierId, String title, String reason, List<LineForm> lines,
                           long shippingCost, long coopFee, SplitBasis splitBasis, Instant voteDeadline,
                           Instant orderDeadline, long supplierMinimum, int quorumPercent, ApprovalRule approvalRule,
                           Integer requiredSharePercent, boolean reasonRequiredForNo) {

    /** One catalogue line: item, unit, unit price, units per pack, optional maximum per member. */
    public record LineForm(String item, String unit, long unitPrice, long packSize, Long maxPerMember) {
    }
}
