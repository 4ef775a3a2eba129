package org.sangsaeng.sale;

import java.time.Instant;
import java.util.List;

/**
 * A joint offer as proposed (or revised): what each shop puts in a set at its price, the sale price
 * per set, how many sets, the order deadline, the pickup slots and the minimum of sets. A sale
 * price below the parts' total needs {@code belowCostConfirmed}, which only the co-op's leader may
 * give (left out: not confirmed). {@code transferAccount} is the co-op's bank account customers may
 * pay into before pickup (bank, number and holder, as customers type it into their banking app);
 * left out, they pay at pickup only.
 */
public record OfferForm(
        long coopId,
        String title,
        String description,
        long salePrice,
        int sets,
        int minimumSets,
        Instant orderDeadline,
        Boolean belowCostConfirmed,
        List<PartForm> parts,
        List<SlotForm> slots,
        String transferAccount) {

    /**
     * A shop's part of each set: the shop (its owner's username), the item, how many per set and
     * its price per set.
     */
    public record PartForm(
            String shop, String item, int quantityPerSet, String unit, long pricePerSet) {}

    public record SlotForm(String place, Instant startsAt, Instant endsAt) {}
}
