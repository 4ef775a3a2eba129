package org.sangsaeng.shared;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * An amount of money in whole Korean won (the won has no minor unit). Amounts stay within
 * plus or minus {@link #LIMIT}: far above anything a co-op buys, and far enough below
 * {@code Long.MAX_VALUE} that sums of a few amounts can never wrap around.
 */
public record Won(long value) implements Comparable<Won> {

    /** One trillion won (10^12). */
    public static final long LIMIT = 1_000_000_000_000L;

    public static final Won ZERO = new Won(0);

    public Won {
        if (value > LIMIT || value < -LIMIT) {
            throw tooLarge();
        }
    }

    public static Won of(long value) {
        return new Won(value);
    }

    public Won plus(Won other) {
        return of(exact(() -> Math.addExact(value, other.value)));
    }

    public Won minus(Won other) {
        return of(exact(() -> Math.subtractExact(value, other.value)));
    }

    public Won times(long factor) {
        return of(exact(() -> Math.multiplyExact(value, factor)));
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isZero() {
        return value == 0;
    }

    @Override
    public int compareTo(Won other) {
        return Long.compare(value, other.value);
    }

    /** As Koreans write prices: {@code 12,300원}. */
    @Override
    public String toString() {
        return format(value);
    }

    // A long overflow can only mean a result far beyond the limit, so it is refused the same way.
    private static long exact(LongSupplier operation) {
        try {
            return operation.getAsLong();
        } catch (ArithmeticException overflow) {
            InvalidInputException refused = tooLarge();
            refused.initCause(overflow);
            throw refused;
        }
    }

    private static InvalidInputException tooLarge() {
        return new InvalidInputException("error.money.tooLarge", format(LIMIT));
    }

    private static String format(long value) {
        return String.format(Locale.ROOT, "%,d원", value);
    }
}
