package org.sangsaeng.membership;

/** A market a merchant can say their shop is in, as the public sign-up page lists them. */
public record MarketChoice(long id, String name, String district) {}
