package org.sangsaeng.catalogue;

import java.time.LocalDate;

/** A new price in whole won for one unit, valid from a day on (today without a date). */
public record PriceChange(long unitPrice, LocalDate validFrom) {}
