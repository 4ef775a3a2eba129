package org.sangsaeng.catalogue;

/** What an item is called and how it is sold; its price changes through {@link PriceChange}. */
public record ItemChange(String name, String unit, long packSize) {}
