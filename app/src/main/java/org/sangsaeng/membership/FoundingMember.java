package org.sangsaeng.membership;

/** A founder of a new co-op as they join it: their account and the shop they bring. */
public record FoundingMember(long userId, BusinessType businessType, String shopName) {}
