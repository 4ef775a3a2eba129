package org.sangsaeng.oversight;

import java.time.Instant;

/** One process instance as the explorer lists it. */
public record InstanceSummary(
        long key,
        String processId,
        int version,
        long definitionKey,
        Long coopId,
        String coopName,
        String businessKey,
        InstanceState state,
        int openIncidents,
        Instant startedAt,
        Instant endedAt,
        Long parentKey) {}
