package org.sangsaeng.purchase;

import java.time.Instant;
import java.util.List;

/** What one member owes for one purchase and how it was computed, line by line. */
public record BillView(
        long purchaseId,
        String purchaseTitle,
        String member,
        long goods,
        long sharedCosts,
        long total,
        long paid,
        Instant dueAt,
        List<LineCharge> lines,
        List<CostShare> shares) {}
