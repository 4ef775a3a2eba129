package org.sangsaeng.coupons;

import java.time.LocalDate;

/**
 * A regular customer as the shop owner enters them: consent is the date and the wording they agreed
 * to.
 */
public record CustomerForm(
        String name, String phone, LocalDate consentOn, String consentText, String tags) {}
