package org.sangsaeng.oversight;

import java.util.List;
import java.util.Set;
import org.sangsaeng.shared.BusinessSummary;

/**
 * Everything the explorer shows of one instance: its summary, the timeline, how often each element
 * ran, the sequence flows taken, the instances it called and its business object.
 */
public record InstanceDetail(
        InstanceSummary summary,
        List<TimelineEntry> timeline,
        List<ElementRuns> elements,
        Set<String> flowsTaken,
        List<InstanceSummary> children,
        BusinessSummary business,
        boolean timelineCut) {}
