package org.sangsaeng.membership;

import static org.sangsaeng.shared.SummaryFacts.orDash;

import org.sangsaeng.membership.domain.MembershipApplications;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.ObjectSummaries;
import org.sangsaeng.shared.SummaryFacts;
import org.springframework.stereotype.Component;

/** A membership application next to its trail: who applied, for which shop, and the decision. */
@Component
class ApplicationSummaries extends ObjectSummaries<ApplicationDetails> {

    ApplicationSummaries(
            MembershipService memberships, Messages messages, MembershipApplications titleSource) {
        super(
                MembershipService.BUSINESS_KEY_PREFIX,
                memberships::get,
                titleSource::findTitles,
                messages);
    }

    @Override
    protected BusinessSummary summary(ApplicationDetails a, SummaryFacts facts) {
        facts.add("explorer.fact.state", a.status().name())
                .add("explorer.fact.shop", a.shopName())
                .add("explorer.fact.reason", orDash(a.decisionReason()));
        return facts.summary("explorer.kind.application", a.applicantName(), null);
    }
}
