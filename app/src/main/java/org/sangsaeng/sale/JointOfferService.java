package org.sangsaeng.sale;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.RuleSet;
import org.sangsaeng.governance.RulesVersion;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.sale.domain.JointOffer;
import org.sangsaeng.sale.domain.JointOfferPart;
import org.sangsaeng.sale.domain.JointOffers;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint offers as members propose, revise and read them. The joint-sale process starts with the
 * proposal; the steps it asks for are in {@link JointSaleSteps}.
 */
@Service
@Transactional
public class JointOfferService {

    public static final String PROCESS_ID = "joint-sale";
    static final String BUSINESS_KEY_PREFIX = PROCESS_ID + "-";

    private final JointOffers offers;
    private final OfferTerms terms;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final CoopRulesService rules;
    private final ProcessEngine engine;
    private final Clock clock;

    JointOfferService(
            JointOffers offers,
            OfferTerms terms,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            CoopRulesService rules,
            ProcessEngine engine,
            Clock clock) {
        this.offers = offers;
        this.terms = terms;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.rules = rules;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * A member (or the leader) proposes an offer of their co-op; the shops are asked to confirm
     * their parts.
     */
    public OfferDetails propose(OfferForm form) {
        CurrentUser me = currentUsers.require();
        if (form == null || !me.isMemberOf(form.coopId())) {
            throw new AccessDeniedException("error.sale.membersOnly");
        }
        RulesVersion pinned = rules.pinCurrent(form.coopId());
        JointOffer offer =
                new JointOffer(form.coopId(), me.id(), pinned.version(), clock.instant());
        terms.apply(offer, form, me, clock.instant(), votingTime(pinned.rules()));
        offers.saveAndFlush(offer);
        Map<String, Object> variables = new HashMap<>();
        variables.put("offerId", offer.getId());
        variables.put("coopId", offer.getCoopId());
        variables.put("proposer", me.username());
        variables.put("rulesVersion", pinned.version());
        variables.put("reminderLead", pinned.rules().reminderLead().toString());
        offer.startedAs(engine.start(PROCESS_ID, BUSINESS_KEY_PREFIX + offer.getId(), variables));
        return view(offer);
    }

    /** The proposer revises an offer a shop declined; every shop answers anew. */
    OfferDetails revise(long offerId, OfferForm form) {
        CurrentUser me = currentUsers.require();
        JointOffer offer = locked(offerId);
        if (offer.getProposedBy() != me.id()) {
            throw new AccessDeniedException("error.sale.proposerOnly");
        }
        if (form == null || form.coopId() != offer.getCoopId()) {
            throw new AccessDeniedException("error.sale.sameCoop");
        }
        offer.revise();
        terms.apply(offer, form, me, clock.instant(), votingTime(rulesOf(offer)));
        offers.flush();
        return view(offer);
    }

    @Transactional(readOnly = true)
    public OfferDetails get(long offerId) {
        JointOffer offer = find(offerId);
        if (!currentUsers.require().mayRead(offer.getCoopId())) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        return view(offer);
    }

    @Transactional(readOnly = true)
    public List<OfferDetails> ofCoop(long coopId) {
        if (!currentUsers.require().mayRead(coopId)) {
            throw new AccessDeniedException("error.coop.notMember");
        }
        return offers.findByCoopIdOrderByIdDesc(coopId).stream().map(this::view).toList();
    }

    /** A shop that can contribute to an offer of a co-op: a member, by username and shop name. */
    public record ShopChoice(String username, String shopName) {}

    /** The co-op's shops, for a member composing an offer. */
    @Transactional(readOnly = true)
    public List<ShopChoice> shops(long coopId) {
        if (!currentUsers.require().isMemberOf(coopId)) {
            throw new AccessDeniedException("error.sale.membersOnly");
        }
        return directory.activeMembers(coopId).stream()
                .map(m -> new ShopChoice(m.username(), directory.shopName(m.id(), coopId)))
                .toList();
    }

    JointOffer find(long offerId) {
        return offers.findById(offerId)
                .orElseThrow(() -> new NotFoundException("error.sale.notFound", offerId));
    }

    JointOffer locked(long offerId) {
        return offers.findForUpdate(offerId)
                .orElseThrow(() -> new NotFoundException("error.sale.notFound", offerId));
    }

    RuleSet rulesOf(JointOffer offer) {
        return rules.version(offer.getCoopId(), offer.getRulesVersion());
    }

    // The shops' answers, a vote and the leader's word may all come before the orders close.
    static Duration votingTime(RuleSet in) {
        return in.decisionTime().plus(in.voteDuration());
    }

    OfferDetails view(JointOffer o) {
        Map<Long, MemberDirectory.Person> people =
                directory.people(o.getParts().stream().map(JointOfferPart::getShopUserId).toList());
        List<OfferDetails.PartView> parts =
                o.getParts().stream()
                        .map(
                                p ->
                                        new OfferDetails.PartView(
                                                p.getId(),
                                                people.get(p.getShopUserId()).username(),
                                                p.getShopName(),
                                                p.getItem(),
                                                p.getQuantityPerSet(),
                                                p.getUnit(),
                                                p.getPricePerSet(),
                                                p.getAnswer(),
                                                p.getAnswerReason(),
                                                p.getPrepared() == null
                                                        ? null
                                                        : p.getPrepared().name(),
                                                p.getPrepareNote()))
                        .toList();
        List<OfferDetails.SlotView> slots =
                o.getSlots().stream().map(OfferDetails.SlotView::of).toList();
        return new OfferDetails(
                o.getId(),
                o.getCoopId(),
                o.getTitle(),
                o.getDescription(),
                o.getStage(),
                directory.username(o.getProposedBy()),
                o.getSalePrice(),
                o.partsTotal(),
                o.getBelowCostConfirmedBy() != null,
                o.getSetsTotal(),
                o.getSetsOrdered(),
                o.getMinimumSets(),
                o.getOrderDeadline(),
                o.getRevisions(),
                o.getVoteId(),
                o.getVoteOutcome(),
                o.getCancelReason(),
                parts,
                slots,
                o.getTransferAccount());
    }
}
