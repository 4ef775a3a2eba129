package org.sangsaeng.tasks;

/**
 * How many open tasks a person has, counted no further than a screen needs: {@code count} is exact
 * up to {@link #CAP}; beyond it, {@code count} is {@link #CAP} and {@code more} is true ("1,000+").
 */
public record TaskCount(long count, boolean more) {

    /** The most a count says exactly. */
    public static final int CAP = 1_000;

    static TaskCount of(long countedUpToOneMore) {
        return countedUpToOneMore > CAP
                ? new TaskCount(CAP, true)
                : new TaskCount(countedUpToOneMore, false);
    }
}
