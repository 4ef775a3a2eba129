package org.sangsaeng.purchase;

import java.util.List;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;

/**
 * A line's allocation at the unit price the supplier confirmed: what the cost split bills.
 *
 * @param lineId the catalogue line
 * @param unitPrice the confirmed price of one unit (one kilogram, one egg, one box), not negative
 * @param allocations what each pledging member receives of the line
 */
public record PricedLine(long lineId, Won unitPrice, List<MemberAllocation> allocations) {

    public PricedLine {
        if (unitPrice.isNegative()) {
            throw new InvalidInputException("error.line.negativePrice", lineId, unitPrice);
        }
        allocations = List.copyOf(allocations);
    }

    public static PricedLine of(PackAllocation allocation, Won unitPrice) {
        return new PricedLine(allocation.line().lineId(), unitPrice, allocation.members());
    }
}
