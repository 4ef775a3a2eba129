package org.sangsaeng.membership;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.membership.domain.MembershipApplications;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessSummary.Fact;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Component;

/** A membership application next to its trail: who applied, for which shop, and the decision. */
@Component
class ApplicationBusinessView implements BusinessView {

    private final MembershipService memberships;
    private final Messages messages;

    private final MembershipApplications titleSource;

    ApplicationBusinessView(
            MembershipService memberships, Messages messages, MembershipApplications titleSource) {
        this.titleSource = titleSource;
        this.memberships = memberships;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return MembershipService.BUSINESS_KEY_PREFIX;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return BusinessView.byId(titleSource.findTitles(ids));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return BusinessView.ifFound(() -> memberships.get(id)).map(a -> summary(a, locale));
    }

    private BusinessSummary summary(ApplicationView a, Locale locale) {
        List<Fact> facts =
                List.of(
                        new Fact(messages.get("explorer.fact.state", locale), a.status().name()),
                        new Fact(messages.get("explorer.fact.shop", locale), a.shopName()),
                        new Fact(
                                messages.get("explorer.fact.reason", locale),
                                a.decisionReason() == null ? "-" : a.decisionReason()));
        return new BusinessSummary(
                messages.get("explorer.kind.application", locale), a.applicantName(), null, facts);
    }
}
