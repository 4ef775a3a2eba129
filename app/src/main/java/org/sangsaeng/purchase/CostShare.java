package org.sangsaeng.purchase;

import org.sangsaeng.shared.Won;

/**
 * A member's share of one shared cost, with every number needed to check it by hand: the exact
 * share is {@code cost x basisValue / basisSum}; the member pays its whole won ({@code floorShare})
 * plus one won if the won left over after everyone's whole won went to them. Left-over won go to
 * the largest fractional parts ({@code remainder / basisSum}), equal parts to the earlier pledge,
 * then the smaller member id.
 *
 * @param name the shared cost
 * @param basis how it is split
 * @param cost the whole cost
 * @param basisValue this member's weight: goods in won, units, or 1
 * @param basisSum the weights of all members who receive anything
 * @param remainder {@code cost x basisValue mod basisSum}: the fractional part, in {@code
 *     basisSum}ths of a won
 * @param floorShare the exact share rounded down
 * @param leftoverWon whether this member pays one of the left-over won
 */
public record CostShare(
        String name,
        SplitBasis basis,
        Won cost,
        long basisValue,
        long basisSum,
        long remainder,
        Won floorShare,
        boolean leftoverWon) {

    /** What the member pays towards this cost. */
    public Won share() {
        return leftoverWon ? floorShare.plus(Won.of(1)) : floorShare;
    }
}
