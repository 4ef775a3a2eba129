package org.sangsaeng;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's clock, shifted by a test: the real broker keeps real time, so a test that sets the
 * app's clock back by a rule's duration makes a deadline the app computes fall seconds from now (a
 * supplier's 48 hours to answer run out in 15 seconds). Import it with {@code @Import}.
 */
public class ShiftedClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    public void shift(Duration by) {
        shift = by;
    }

    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        ShiftedClock shiftedClock() {
            return new ShiftedClock();
        }
    }
}
