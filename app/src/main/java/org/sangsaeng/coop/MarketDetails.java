package org.sangsaeng.coop;

/** A market as the administration shows it. */
public record MarketDetails(long id, String name, String district, String address) {}
