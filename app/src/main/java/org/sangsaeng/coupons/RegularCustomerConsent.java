package org.sangsaeng.coupons;

import org.sangsaeng.coupons.domain.RegularCustomers;
import org.sangsaeng.notifications.MarketingConsent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A regular customer agrees to a shop's messages until they open their opt-out link. */
@Component
class RegularCustomerConsent implements MarketingConsent {

    private final RegularCustomers customers;

    RegularCustomerConsent(RegularCustomers customers) {
        this.customers = customers;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean stillAgrees(long customerId) {
        return customers.findById(customerId).map(c -> c.getOptedOutAt() == null).orElse(false);
    }
}
