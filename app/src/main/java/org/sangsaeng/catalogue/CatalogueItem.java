package org.sangsaeng.catalogue;

import java.time.LocalDate;

/**
 * A line of a supplier's catalogue as everyone reads it: the price valid today (null if the first
 * price only starts later), and the newest price when it is still to come.
 *
 * @param unitPrice won for one unit (one kilogram, one egg, one box)
 * @param packSize units the supplier sells at a time (20 kg in a sack of flour)
 */
public record CatalogueItem(
        long id,
        long supplierId,
        String name,
        String unit,
        long packSize,
        Long unitPrice,
        LocalDate priceValidFrom,
        Long nextUnitPrice,
        LocalDate nextValidFrom,
        boolean withdrawn) {

    /** Whether a leader can pick it for a proposal today. */
    public boolean offered() {
        return !withdrawn && unitPrice != null;
    }
}
