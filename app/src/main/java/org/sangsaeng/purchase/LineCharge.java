package org.sangsaeng.purchase;

import org.sangsaeng.shared.Won;

/**
 * One line of a member's bill: units received times the confirmed unit price.
 *
 * @param lineId the catalogue line
 * @param units units the member receives
 * @param unitPrice the confirmed price of one unit
 * @param amount units times unit price
 */
public record LineCharge(long lineId, long units, Won unitPrice, Won amount) {}
