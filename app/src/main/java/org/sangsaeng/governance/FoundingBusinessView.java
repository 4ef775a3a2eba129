package org.sangsaeng.governance;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.governance.domain.CoopFoundings;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessSummary.Fact;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Component;

/** A co-op founding next to its trail: its state, proposer and how many founders confirmed. */
@Component
class FoundingBusinessView implements BusinessView {

    private final CoopFoundingService foundings;
    private final CoopFoundings titleSource;
    private final Messages messages;

    FoundingBusinessView(
            CoopFoundingService foundings, CoopFoundings titleSource, Messages messages) {
        this.foundings = foundings;
        this.titleSource = titleSource;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return CoopFoundingService.BUSINESS_KEY_PREFIX;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return BusinessView.byId(titleSource.findTitles(ids));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return BusinessView.ifFound(() -> foundings.get(id))
                .map(
                        f ->
                                new BusinessSummary(
                                        messages.get("explorer.kind.founding", locale),
                                        f.name(),
                                        "foundings/" + f.id(),
                                        List.of(
                                                new Fact(
                                                        messages.get("explorer.fact.state", locale),
                                                        messages.get(
                                                                "foundingState." + f.state().name(),
                                                                locale)),
                                                new Fact(
                                                        messages.get(
                                                                "explorer.fact.author", locale),
                                                        f.proposerName()),
                                                new Fact(
                                                        messages.get("founding.confirmed", locale),
                                                        f.confirmedCount()
                                                                + " / "
                                                                + f.founders().size()),
                                                new Fact(
                                                        messages.get(
                                                                "explorer.fact.reason", locale),
                                                        f.reason() == null ? "-" : f.reason()))));
    }
}
