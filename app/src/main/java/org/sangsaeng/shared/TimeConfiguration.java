package org.sangsaeng.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Where our merchants are: every time a person sees is shown in this zone. */
    static final ZoneId SEOUL = MarketTime.ZONE;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
