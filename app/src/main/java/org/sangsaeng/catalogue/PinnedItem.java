package org.sangsaeng.catalogue;

/**
 * A catalogue item as a purchase proposal copies it: name, unit, pack size and the price valid on
 * the day of the proposal. The proposal keeps this copy, so later price changes leave it alone.
 */
public record PinnedItem(long itemId, String name, String unit, long packSize, long unitPrice) {}
