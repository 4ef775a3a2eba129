package org.sangsaeng.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sets are never oversold: 200 customers, each with their own proven phone, order the last 10 sets
 * at the same moment through the public API; exactly 10 orders stand and the others are told the
 * sets are gone (the offer's row is locked while the sets are counted; a check constraint backs
 * it).
 */
class JointSaleConcurrencyIntegrationTests extends BadInputTest {

    static final int CUSTOMERS = 200;
    static final int SETS = 10;

    @Autowired TaskInbox inbox;
    @Autowired JointOfferService offers;
    @Autowired CustomerOrders customers;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void twoHundredCustomersOrderingTheLastTenSetsAtOnceGetExactlyTenOrders() {
        GiftSet gift = GiftSet.prepare(accounts, coops, inbox, jdbc);
        Fixtures.signIn(gift.f().leader());
        long id = offers.propose(gift.form(SETS, 0, GiftSet.farDeadline())).id();
        gift.everyShopConfirms();
        gift.everyoneVotes("YES");
        gift.awaitStage(offers, id, OfferStage.ORDERING);
        long slot = offers.get(id).slots().getFirst().id();

        int prefix = ThreadLocalRandom.current().nextInt(1_000, 10_000);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String phone = "010-%04d-%04d".formatted(prefix, i);
            customers.sendCode(phone, Locale.KOREAN);
            bodies.add(
                    "{\"sets\":1,\"name\":\"손님"
                            + i
                            + "\",\"phone\":\""
                            + phone
                            + "\",\"phoneCode\":\""
                            + gift.lastCode(phone)
                            + "\",\"slotId\":"
                            + slot
                            + "}");
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI uri =
                URI.create(
                        "http://localhost:"
                                + port
                                + "/api/v1/public/sale-offers/"
                                + id
                                + "/orders");
        List<CompletableFuture<HttpResponse<String>>> sent =
                bodies.stream()
                        .map(
                                body ->
                                        http.sendAsync(
                                                HttpRequest.newBuilder(uri)
                                                        .header("Content-Type", "application/json")
                                                        .timeout(Duration.ofMinutes(3))
                                                        .POST(
                                                                HttpRequest.BodyPublishers.ofString(
                                                                        body))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString()))
                        .toList();
        List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();

        Map<Integer, Long> byStatus =
                answers.stream()
                        .collect(
                                Collectors.groupingBy(
                                        HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus)
                .as("201 placed, 409 sold out")
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(201, (long) SETS, 409, (long) (CUSTOMERS - SETS)));
        assertThat(answers)
                .filteredOn(a -> a.statusCode() == 409)
                .allSatisfy(a -> assertThat(a.body()).contains("error.sale.soldOut"));
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from joint_order where offer_id = ?",
                                Long.class,
                                id))
                .isEqualTo(SETS);
        assertThat(
                        jdbc.queryForObject(
                                "select sets_ordered from joint_offer where id = ?",
                                Integer.class,
                                id))
                .isEqualTo(SETS);
        assertThat(customers.publicOffer(id).setsLeft()).isZero();
    }
}
