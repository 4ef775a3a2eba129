package org.sangsaeng.catalogue;

import java.time.Instant;
import java.time.LocalDate;

/** One row of an item's price history, and who set it when. */
public record PriceEntry(long unitPrice, LocalDate validFrom, String setBy, Instant setAt) {}
