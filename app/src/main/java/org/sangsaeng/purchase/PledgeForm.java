package org.sangsaeng.purchase;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * A member's pledges, one per catalogue line: firm quantity and extra units they would accept to
 * fill a pack.
 */
public record PledgeForm(@JsonSetter(contentNulls = Nulls.FAIL) List<LinePledge> lines) {

    public record LinePledge(long lineId, long quantity, long tolerance) {}
}
