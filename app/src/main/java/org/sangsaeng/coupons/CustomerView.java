package org.sangsaeng.coupons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A regular customer in a list: the phone number masked (the owner reads it in full only in an
 * export).
 */
public record CustomerView(
        long id,
        String name,
        String maskedPhone,
        LocalDate consentOn,
        List<String> tags,
        Instant optedOutAt) {}
