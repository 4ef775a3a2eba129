package org.sangsaeng.membership;

/**
 * What a merchant enters to sign up (and again to revise): the code is the one the SMS brought to
 * the phone; {@code invitation} is the token of a leader's invitation link, if they came by one. On
 * a revision a blank password keeps the one chosen before, and an unchanged phone needs no new
 * code.
 */
public record SignUpForm(
        String displayName,
        String shopName,
        BusinessType businessType,
        Long marketId,
        String businessNumber,
        String phone,
        String phoneCode,
        String email,
        String username,
        String password,
        Boolean privacyConsent,
        String invitation) {}
