package org.sangsaeng.purchase;

import java.util.Objects;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;

/**
 * A cost of the purchase as a whole, such as shipping or the co-op's fee, that the members who
 * receive goods share.
 *
 * @param name what the cost is, as shown on every member's bill
 * @param amount the whole cost, not negative
 * @param basis how it is split
 */
public record SharedCost(String name, Won amount, SplitBasis basis) {

    public SharedCost {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        if (amount.isNegative()) {
            throw new InvalidInputException("error.split.negativeCost", name, amount);
        }
    }

    /** A cost split by the value of each member's goods. */
    public static SharedCost of(String name, Won amount) {
        return new SharedCost(name, amount, SplitBasis.BY_VALUE);
    }
}
