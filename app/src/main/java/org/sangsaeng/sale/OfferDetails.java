package org.sangsaeng.sale;

import java.time.Instant;
import java.util.List;
import org.sangsaeng.sale.domain.JointOfferSlot;
import org.sangsaeng.voting.Outcome;

/** A joint offer as members see it. */
public record OfferDetails(
        long id,
        long coopId,
        String title,
        String description,
        OfferStage stage,
        String proposer,
        long salePrice,
        long partsTotal,
        boolean belowCostConfirmed,
        int setsTotal,
        int setsOrdered,
        int minimumSets,
        Instant orderDeadline,
        int revisions,
        Long voteId,
        Outcome voteOutcome,
        String cancelReason,
        List<PartView> parts,
        List<SlotView> slots,
        String transferAccount) {

    public record PartView(
            long id,
            String shop,
            String shopName,
            String item,
            int quantityPerSet,
            String unit,
            long pricePerSet,
            PartAnswer answer,
            String answerReason,
            String prepared,
            String prepareNote) {}

    public record SlotView(long id, String place, Instant startsAt, Instant endsAt) {

        static SlotView of(JointOfferSlot slot) {
            return new SlotView(
                    slot.getId(), slot.getPlace(), slot.getStartsAt(), slot.getEndsAt());
        }
    }

    /** The offer as a form, for a revision that changes only some of it. */
    public OfferForm asForm() {
        return new OfferForm(
                coopId,
                title,
                description,
                salePrice,
                setsTotal,
                minimumSets,
                orderDeadline,
                belowCostConfirmed,
                parts.stream()
                        .map(
                                p ->
                                        new OfferForm.PartForm(
                                                p.shop(),
                                                p.item(),
                                                p.quantityPerSet(),
                                                p.unit(),
                                                p.pricePerSet()))
                        .toList(),
                slots.stream()
                        .map(s -> new OfferForm.SlotForm(s.place(), s.startsAt(), s.endsAt()))
                        .toList(),
                transferAccount);
    }
}
