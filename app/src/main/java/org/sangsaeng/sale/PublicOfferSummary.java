package org.sangsaeng.sale;

import java.time.Instant;

/**
 * A joint offer customers can order now, as the market's public page lists it; its page is {@code
 * /sale/<id>}.
 */
public record PublicOfferSummary(
        long id, long coopId, String title, long salePrice, int setsLeft, Instant orderDeadline) {}
