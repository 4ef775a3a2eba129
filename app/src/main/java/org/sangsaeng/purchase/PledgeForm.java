package org.sangsaeng.purchase;

import java.util.List;

/** A member's pledges, one per catalogue line: firm quantity and extra units they would accept to fill a pack. */
public record PledgeForm(List<LinePledge> lines) {

    public record LinePledge(long lineId, long quantity, long tolerance) {
    }
}
