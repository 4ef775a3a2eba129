package org.sangsaeng.shared;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a whole-won amount in proportion to weights, to the won: each part is first rounded down
 * ({@code amount x weight / sum}); the few won left over go one each to the parts whose exact share
 * lost most in rounding, equal losses to the earlier part. So the parts add up to the amount
 * exactly and none is a whole won away from its exact proportion. The group purchase's cost split
 * and the joint sale's revenue split both round this way.
 */
public final class LargestRemainder {

    /**
     * The split: the rounded-down part, the remainder of its exact share (a numerator over {@code
     * weightSum}, so remainders compare exactly) and whether it got one of the left-over won.
     */
    public record Split(long[] floors, long[] remainders, boolean[] leftover, long weightSum) {

        public long part(int i) {
            return floors[i] + (leftover[i] ? 1 : 0);
        }
    }

    private LargestRemainder() {}

    /**
     * Weights must not be negative; with a sum of zero every part is zero (the caller refuses a
     * non-zero amount).
     */
    public static Split split(long amount, long[] weights) {
        long weightSum = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            weightSum = Math.addExact(weightSum, w);
        }
        // amount x weight can exceed a long (10^12 won x 10^12 won); the quotient and remainder
        // cannot.
        BigInteger whole = BigInteger.valueOf(amount);
        BigInteger divisor = BigInteger.valueOf(Math.max(weightSum, 1));
        long[] floors = new long[weights.length];
        long[] remainders = new long[weights.length];
        long left = weightSum == 0 ? 0 : amount;
        for (int i = 0; i < weights.length && weightSum > 0; i++) {
            BigInteger[] qr =
                    whole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(divisor);
            floors[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            left -= floors[i];
        }
        // The sort is stable: equal remainders keep the parts' order.
        boolean[] leftover = new boolean[weights.length];
        IntStream.range(0, weights.length)
                .boxed()
                .sorted(Comparator.comparingLong((Integer i) -> remainders[i]).reversed())
                .limit(left)
                .forEach(i -> leftover[i] = true);
        return new Split(floors, remainders, leftover, weightSum);
    }
}
