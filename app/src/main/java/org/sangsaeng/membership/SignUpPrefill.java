package org.sangsaeng.membership;

/**
 * What the sign-up page starts with: from a leader's invitation (name, contact, the co-op's
 * market), or, on a revision, everything entered before but the password, with what the foundation
 * asked to change.
 */
public record SignUpPrefill(
        String displayName,
        String shopName,
        BusinessType businessType,
        Long marketId,
        String businessNumber,
        String phone,
        String email,
        String username,
        String coopName,
        String changes) {}
