package org.sangsaeng.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.Locale;

/**
 * An amount of money in whole Korean won (the won has no minor unit). Amounts stay within plus or
 * minus {@link #LIMIT}: far above anything a co-op buys, and far enough below {@code
 * Long.MAX_VALUE} that sums of a few amounts can never wrap around. In JSON it is a plain number of
 * won.
 */
public record Won(@JsonValue long value) implements Comparable<Won> {

    /** One trillion won (10^12). */
    public static final long LIMIT = 1_000_000_000_000L;

    public static final Won ZERO = new Won(0);

    public Won {
        if (value > LIMIT || value < -LIMIT) {
            throw tooLarge(value);
        }
    }

    @JsonCreator
    public static Won of(long value) {
        return new Won(value);
    }

    // Two amounts within the limit cannot overflow a long when added; the exact operations make
    // that a checked promise rather than an assumption.
    public Won plus(Won other) {
        return of(Math.addExact(value, other.value));
    }

    public Won minus(Won other) {
        return of(Math.subtractExact(value, other.value));
    }

    public Won times(long factor) {
        try {
            return of(Math.multiplyExact(value, factor));
        } catch (ArithmeticException overflow) {
            InvalidInputException refused =
                    tooLarge(BigInteger.valueOf(value).multiply(BigInteger.valueOf(factor)));
            refused.initCause(overflow);
            throw refused;
        }
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

    private static InvalidInputException tooLarge(Number amount) {
        return new InvalidInputException("error.money.tooLarge", format(amount));
    }

    private static String format(Number amount) {
        return String.format(Locale.ROOT, "%,d원", amount);
    }
}
