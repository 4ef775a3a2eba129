package org.sangsaeng.membership;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.membership.domain.MerchantRegistrations;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessSummary.Fact;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * A merchant's sign-up next to its trail and in the foundation's task list: who, which shop, where
 * it stands.
 */
@Component
class RegistrationBusinessView implements BusinessView {

    private final MerchantRegistrationSteps registrations;
    private final MerchantRegistrations titleSource;
    private final Messages messages;

    RegistrationBusinessView(
            MerchantRegistrationSteps registrations,
            MerchantRegistrations titleSource,
            Messages messages) {
        this.registrations = registrations;
        this.titleSource = titleSource;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return MerchantSignUp.BUSINESS_KEY_PREFIX;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return BusinessView.byId(titleSource.findTitles(ids));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return BusinessView.ifFound(() -> registrations.details(id))
                .map(
                        r ->
                                new BusinessSummary(
                                        messages.get("process.merchant-registration", locale),
                                        r.displayName(),
                                        null,
                                        List.of(
                                                new Fact(
                                                        messages.get("explorer.fact.state", locale),
                                                        r.status().name()),
                                                new Fact(
                                                        messages.get("explorer.fact.shop", locale),
                                                        r.shopName()),
                                                new Fact(
                                                        messages.get(
                                                                "explorer.fact.reason", locale),
                                                        r.decisionReason() == null
                                                                ? "-"
                                                                : r.decisionReason()))));
    }
}
