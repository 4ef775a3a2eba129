package org.sangsaeng.coop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sangsaeng.TestSystem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The coop module tested alone (Spring Modulith starts only its beans and the shared ones):
 * markets, co-ops and suppliers on a real MariaDB, with no engine, task list or membership module
 * in the context. Accounts are the membership module's; here a fixed directory of one administrator
 * answers for them.
 */
@ApplicationModuleTest(extraIncludes = "shared")
class CoopModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry);
    }

    @Autowired CoopService coops;
    @Autowired ApplicationContext context;

    @Test
    void theModuleStartsWithoutTheEngineOrTheTaskList() {
        assertThat(context.getBeanNamesForType(CoopService.class)).hasSize(1);
        assertThat(context.containsBean("taskInbox")).isFalse();
        assertThat(context.containsBean("processEngine")).isFalse();
        assertThat(context.containsBean("accountService")).isFalse();
    }

    @Test
    void aCoopIsFoundInItsMarketAndTheMarketIsListed() {
        String market = "모듈시장-" + UUID.randomUUID().toString().substring(0, 8);
        long coop = coops.createCoop(market, "성남시 중원구", "태평 빵 조합", "빵집들의 공동구매");
        long other = coops.createCoop(market, "성남시 중원구", "태평 반찬 조합", "반찬가게 모임");

        assertThat(coops.get(coop).name()).isEqualTo("태평 빵 조합");
        long marketId =
                coops.listMarkets().stream()
                        .filter(m -> m.name().equals(market))
                        .findFirst()
                        .orElseThrow()
                        .id();
        assertThat(coops.coopsOfMarket(marketId))
                .extracting(CoopSummary::id)
                .containsExactlyInAnyOrder(coop, other);
        assertThat(coops.exists(coop)).isTrue();
    }

    /** The membership module's answers, for one administrator and no other account. */
    @TestConfiguration
    static class OneAdministrator {
        @Bean
        AccountLookup accountLookup() {
            return new AccountLookup() {
                @Override
                public String requireAdministrator() {
                    return "admin";
                }

                @Override
                public Optional<Account> byUsername(String username) {
                    return "admin".equals(username)
                            ? Optional.of(new Account(1, "admin", false))
                            : Optional.empty();
                }

                @Override
                public Map<Long, String> usernames(Collection<Long> ids) {
                    return ids.contains(1L) ? Map.of(1L, "admin") : Map.of();
                }
            };
        }
    }
}
