package org.sangsaeng.sale;

import java.time.Instant;
import java.util.List;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RulesVersion;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.sale.domain.JointOffer;
import org.sangsaeng.sale.domain.JointOfferPart;
import org.sangsaeng.sale.domain.JointOffers;
import org.sangsaeng.sale.domain.JointOrder;
import org.sangsaeng.sale.domain.JointOrders;
import org.sangsaeng.shared.Tokens;
import org.sangsaeng.voting.Outcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A joint sale that took place before, recorded in one go for the demo market: the offer under the
 * co-op's pinned rules and checked as any proposal, every shop confirming and preparing its part,
 * the members' vote passed (its ballots are not kept: the offer names no vote), the customers'
 * orders and pickups at the times given, then closed by the process's own closing step (no-shows,
 * the split to the shops). Only the engine is left out, as its steps are past. With demo data only:
 * production has no such bean.
 */
@Service
@Transactional
@ConditionalOnProperty(name = "sangsaeng.demo.enabled", havingValue = "true")
public class PastSales {

    /**
     * A customer's order: placed at a time before the deadline; picked up and paid at the counter
     * ({@code paidWith} cash or card), cancelled, or neither (a no-show, {@code paidWith} null).
     */
    public record PastOrder(
            String customerName,
            String phone,
            int sets,
            Instant placedAt,
            OrderOutcome outcome,
            PaymentMethod paidWith) {}

    public enum OrderOutcome {
        PICKED_UP,
        CANCELLED,
        NO_SHOW
    }

    private final JointOffers offers;
    private final JointOrders orders;
    private final OfferTerms terms;
    private final JointSaleSteps steps;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final CoopRulesService rules;

    PastSales(
            JointOffers offers,
            JointOrders orders,
            OfferTerms terms,
            JointSaleSteps steps,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            CoopRulesService rules) {
        this.offers = offers;
        this.orders = orders;
        this.terms = terms;
        this.steps = steps;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.rules = rules;
    }

    /**
     * The signed-in member proposed the offer at {@code proposedAt}; the orders were picked up in
     * the first pickup slot by {@code counter} (a username) and the sale closed at the end of the
     * last.
     */
    public long record(OfferForm form, Instant proposedAt, List<PastOrder> placed, String counter) {
        CurrentUser me = currentUsers.require();
        RulesVersion pinned = rules.pinCurrent(form.coopId());
        JointOffer offer = new JointOffer(form.coopId(), me.id(), pinned.version(), proposedAt);
        terms.apply(offer, form, me, proposedAt, JointOfferService.votingTime(pinned.rules()));
        offer.getParts().forEach(JointOfferPart::confirm);
        offer.checkParts();
        offer.recordVote(null, Outcome.PASSED);
        offer.openOrders();
        offers.saveAndFlush(offer);

        List<JointOrder> taken =
                placed.stream()
                        .map(
                                p -> {
                                    offer.reserve(p.sets(), p.placedAt());
                                    return orders.save(
                                            new JointOrder(
                                                    offer.getId(),
                                                    offer.getSlots().getFirst().getId(),
                                                    p.sets(),
                                                    offer.getSalePrice() * p.sets(),
                                                    p.customerName(),
                                                    p.phone(),
                                                    "ko",
                                                    Tokens.code(),
                                                    Tokens.hash(Tokens.token()),
                                                    p.placedAt()));
                                })
                        .toList();
        for (int i = 0; i < placed.size(); i++) {
            if (placed.get(i).outcome() == OrderOutcome.CANCELLED) {
                taken.get(i).cancelByCustomer(placed.get(i).placedAt().plusSeconds(3_600));
                offer.release(taken.get(i).getSets(), placed.get(i).placedAt().plusSeconds(3_600));
            }
        }
        if (offer.closeOrders()) {
            offer.goAhead();
        }
        offer.getParts().forEach(p -> p.reportPrepared(JointOfferPart.Prepared.READY, null));
        long by = directory.userId(counter);
        Instant pickup = offer.pickupStarts().plusSeconds(1_800);
        for (int i = 0; i < placed.size(); i++) {
            if (placed.get(i).outcome() == OrderOutcome.PICKED_UP) {
                taken.get(i).pickUp(by, pickup.plusSeconds(600L * i), placed.get(i).paidWith());
            }
        }
        offer.close(offer.pickupEnds());
        offers.flush();
        steps.close(offer.getId());
        return offer.getId();
    }
}
