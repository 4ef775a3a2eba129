/**
 * Group purchases (공동구매): members pledge quantities of a supplier's catalogue lines, the co-op
 * orders whole packs, and the bill is split so that every won is accounted for.
 */
package org.sangsaeng.purchase;
