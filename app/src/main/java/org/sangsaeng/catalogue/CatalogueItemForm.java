package org.sangsaeng.catalogue;

import java.time.LocalDate;

/**
 * A new catalogue item with its first price, in whole won for one unit. Without a date the price is
 * valid from today (Asia/Seoul).
 */
public record CatalogueItemForm(
        String name, String unit, long packSize, long unitPrice, LocalDate validFrom) {}
