package org.sangsaeng.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.db.TestDatabase;
import org.sangsaeng.sale.SaleCounter;
import org.sangsaeng.sale.SaleLedger;
import org.sangsaeng.sale.SaleStatement;
import org.sangsaeng.shared.Won;
import org.sangsaeng.statistics.Statistics;
import org.sangsaeng.statistics.StatisticsFilter;
import org.sangsaeng.statistics.StatisticsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo market loaded into an empty database of its own, as `./sangsaeng run` does: the
 * foundation's dashboard shows the gift set the first co-op sold together, through the services of
 * real use.
 */
@SpringBootTest
@DirtiesContext
class DemoDataIntegrationTests {

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry, TestDatabase.newDatabase("demo"));
        registry.add("sangsaeng.demo.enabled", () -> "true");
        registry.add("sangsaeng.demo.password", () -> Fixtures.PASSWORD);
    }

    @Autowired StatisticsService statistics;
    @Autowired SaleCounter counter;
    @Autowired SaleLedger ledger;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void theFoundationsDashboardShowsTheGiftSetTheFirstCoopSold() {
        Fixtures.signIn("foundation");
        Statistics.JointSales sales =
                statistics.statistics(new StatisticsFilter(null, null, null, null)).jointSales();

        // 12 sets ordered in 8 orders: one set cancelled, one never collected, 10 handed over at
        // 89,000 won.
        assertThat(sales.closed()).isEqualTo(1);
        assertThat(sales.orders()).isEqualTo(8);
        assertThat(sales.pickedUp()).isEqualTo(6);
        assertThat(sales.noShows()).isEqualTo(1);
        assertThat(sales.cancelled()).isEqualTo(1);
        assertThat(sales.setsSold()).isEqualTo(10);
        assertThat(sales.revenue()).isEqualTo(Won.of(890_000));
        assertThat(sales.topOffers())
                .extracting(Statistics.OfferSales::title)
                .containsExactly("태평시장 명절 선물세트");
        // Parts of 10 sets: 120,000 + 450,000 + 150,000 + 100,000 = 820,000; 890,000 split by them,
        // the three
        // left-over won to the largest fractions (.90 bread, .88 rice cakes, .63 beef).
        assertThat(sales.topShops())
                .extracting(Statistics.ShopShares::shopName, Statistics.ShopShares::amount)
                .containsExactly(
                        tuple("박씨네 정육점", Won.of(488_415)),
                        tuple("태평 떡방앗간", Won.of(162_805)),
                        tuple("태평당 베이커리", Won.of(130_244)),
                        tuple("엄마손 반찬", Won.of(108_536)));

        Fixtures.signIn("kim.bakery");
        long offerId = sales.topOffers().getFirst().offerId();
        SaleStatement statement = ledger.statement(offerId);
        assertThat(statement.received()).isEqualTo(890_000);
        assertThat(statement.paidToShops())
                .as("the default rules take no fee and no costs")
                .isEqualTo(890_000);
        assertThat(counter.orders(offerId)).hasSize(8);
    }
}
