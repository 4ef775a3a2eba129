package org.sangsaeng;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port with Zeebe's in-memory engine and a real MariaDB; one context
 * shared by subclasses. Every job is worked twice, as on a redelivery ({@link EveryJobTwice}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EveryJobTwice.class)
public abstract class InMemoryEngineTest {

    @LocalServerPort protected int port;

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry);
    }
}
