package org.sangsaeng.membership;

import static org.sangsaeng.shared.SummaryFacts.orDash;

import org.sangsaeng.membership.domain.MerchantRegistrations;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.ObjectSummaries;
import org.sangsaeng.shared.SummaryFacts;
import org.springframework.stereotype.Component;

/**
 * A merchant's sign-up next to its trail and in the foundation's task list: who, which shop, where
 * it stands.
 */
@Component
class RegistrationSummaries extends ObjectSummaries<RegistrationDetails> {

    RegistrationSummaries(
            MerchantRegistrationSteps registrations,
            MerchantRegistrations titleSource,
            Messages messages) {
        super(
                MerchantSignUp.BUSINESS_KEY_PREFIX,
                registrations::details,
                titleSource::findTitles,
                messages);
    }

    @Override
    protected BusinessSummary summary(RegistrationDetails r, SummaryFacts facts) {
        facts.add("explorer.fact.state", r.status().name())
                .add("explorer.fact.shop", r.shopName())
                .add("explorer.fact.reason", orDash(r.decisionReason()));
        return facts.summary("process.merchant-registration", r.displayName(), null);
    }
}
