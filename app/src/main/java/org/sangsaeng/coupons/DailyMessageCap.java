package org.sangsaeng.coupons;

import java.time.Clock;
import java.time.LocalDate;
import org.sangsaeng.coupons.domain.RegularCustomer;
import org.sangsaeng.coupons.domain.RegularCustomers;
import org.sangsaeng.shared.MarketTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many advertising messages (new-product messages and coupons together) reach one
 * regular customer in a day in Seoul. The caller holds the customer's row lock ({@link
 * RegularCustomers#lockReachable}), so concurrent sends count one after the other.
 */
@Component
class DailyMessageCap {

    private final RegularCustomers customers;
    private final int cap;
    private final Clock clock;

    DailyMessageCap(
            RegularCustomers customers,
            @Value("${sangsaeng.coupons.daily-message-cap:2}") int cap,
            Clock clock) {
        this.customers = customers;
        this.cap = cap;
        this.clock = clock;
    }

    /**
     * Counts one message for the customer today and says yes, or says no when the cap is reached.
     */
    boolean take(RegularCustomer customer) {
        LocalDate today = LocalDate.now(clock.withZone(MarketTime.ZONE));
        if (customers.messagesOn(customer.getId(), today) >= cap) {
            return false;
        }
        customers.countMessage(customer.getId(), today);
        return true;
    }
}
