package org.sangsaeng.sale;

import java.time.Clock;
import java.util.List;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.sale.domain.JointOffer;
import org.sangsaeng.sale.domain.JointOfferPart;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people answer in the joint sale's tasks, for the task forms: each checks the signed-in
 * person again and records the answer in the same transaction as the task's completion.
 */
@Service
@Transactional
public class JointSaleTasks {

    private final JointOfferService offers;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final SaleNotices notices;
    private final JointSaleSteps steps;
    private final Clock clock;

    JointSaleTasks(
            JointOfferService offers,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            SaleNotices notices,
            JointSaleSteps steps,
            Clock clock) {
        this.offers = offers;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.notices = notices;
        this.steps = steps;
        this.clock = clock;
    }

    /** A shop confirms or declines its part (with a reason); returns whether it declined. */
    public boolean answerPart(long offerId, PartDecision decision, String reason) {
        JointOffer offer = offers.locked(offerId);
        if (offer.getStage() != OfferStage.CONFIRMING) {
            throw new BusinessException("error.sale.wrongStage", offer.getStage().name());
        }
        for (JointOfferPart part : offer.partsOf(currentUsers.require().id())) {
            if (decision == PartDecision.CONFIRM) {
                part.confirm();
            } else {
                part.decline(reason);
            }
        }
        return decision == PartDecision.DECLINE;
    }

    /**
     * A shop's answer to its part was not taken: the engine had ended the task when it arrived
     * (another shop declined, or the answer time ran out). While the shops' answers are still being
     * gathered, the shop's part waits for an answer again; once the parts were checked with it
     * (every shop confirmed, the vote opened) it stands. Returns false then.
     */
    public boolean partAnswerNotTaken(long offerId, String shop) {
        JointOffer offer = offers.locked(offerId);
        if (offer.getStage() == OfferStage.CONFIRMING) {
            long shopId = directory.userId(shop);
            // A revision may have left the shop out: then nothing of theirs is left to undo.
            offer.getParts().stream()
                    .filter(p -> p.getShopUserId() == shopId)
                    .forEach(JointOfferPart::answerNotTaken);
            return true;
        }
        return offer.getStage() == OfferStage.REVISING || offer.getStage() == OfferStage.CANCELLED;
    }

    /** The proposer revises the offer; every shop answers anew. */
    public OfferDetails revise(long offerId, OfferForm form) {
        return offers.revise(offerId, form);
    }

    /** The proposer cancels an offer a shop declined, with the reason shops are told. */
    public void cancelByProposer(long offerId, String reason) {
        JointOffer offer = offers.locked(offerId);
        if (offer.getProposedBy() != currentUsers.require().id()) {
            throw new AccessDeniedException("error.sale.proposerOnly");
        }
        offer.cancel(
                Texts.required(reason, 1000, "error.sale.cancelReasonRequired"), clock.instant());
    }

    /**
     * Below the minimum: the leader goes ahead, or cancels with the reason every customer is told.
     */
    public void decideBelowMinimum(long offerId, SaleDecision decision, String reason) {
        JointOffer offer = offers.locked(offerId);
        CurrentUser me = currentUsers.require();
        if (!me.isLeaderOf(offer.getCoopId())) {
            throw new AccessDeniedException("error.sale.leaderOnly");
        }
        if (decision == SaleDecision.GO) {
            offer.goAhead();
            steps.remindCustomers(offer);
        } else {
            offer.cancel(
                    Texts.required(reason, 1000, "error.sale.cancelReasonRequired"),
                    clock.instant());
        }
    }

    /**
     * A shop says its part is ready, or that it is not (with what is wrong: the leaders are told at
     * once).
     */
    public void prepared(long offerId, PrepareAnswer answer, String note) {
        JointOffer offer = offers.locked(offerId);
        if (!offer.isInPickup()) {
            throw new BusinessException("error.sale.wrongStage", offer.getStage().name());
        }
        List<JointOfferPart> mine = offer.partsOf(currentUsers.require().id());
        for (JointOfferPart part : mine) {
            part.reportPrepared(
                    answer == PrepareAnswer.READY
                            ? JointOfferPart.Prepared.READY
                            : JointOfferPart.Prepared.NOT_READY,
                    note);
        }
        if (answer == PrepareAnswer.NOT_READY) {
            notices.notReady(offer, mine.getFirst());
        }
    }
}
