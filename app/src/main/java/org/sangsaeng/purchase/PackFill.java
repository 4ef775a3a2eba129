package org.sangsaeng.purchase;

/**
 * How the pledges for a line round to whole packs, and how full the pack after the last full one
 * is: what the live display shows while pledging is open ("7 of 20 kg, 13 kg to go").
 *
 * @param packSize units per pack
 * @param firmUnits all firm quantities pledged
 * @param toleranceUnits all tolerances pledged
 * @param fullPacks packs the firm quantities fill on their own
 * @param unitsTowardsNextPack firm units beyond the full packs
 * @param unitsMissing units the next pack still lacks; 0 when no pack is begun
 */
public record PackFill(
        long packSize,
        long firmUnits,
        long toleranceUnits,
        long fullPacks,
        long unitsTowardsNextPack,
        long unitsMissing) {

    static PackFill of(long packSize, long firmUnits, long toleranceUnits) {
        long remainder = firmUnits % packSize;
        return new PackFill(
                packSize,
                firmUnits,
                toleranceUnits,
                firmUnits / packSize,
                remainder,
                remainder == 0 ? 0 : packSize - remainder);
    }

    /**
     * Whether the tolerances cover what the begun pack lacks. A pack nobody has pledged firmly
     * towards is never begun, so tolerance alone never orders a pack.
     */
    public boolean toleranceCompletesNextPack() {
        return unitsTowardsNextPack > 0 && toleranceUnits >= unitsMissing;
    }

    /** The packs to order: the full ones, and the begun one if tolerance completes it. */
    public long packsToOrder() {
        return fullPacks + (toleranceCompletesNextPack() ? 1 : 0);
    }
}
