package org.sangsaeng.sale;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.sale.domain.JointOffer;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Texts;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Component;

/**
 * The rules of an offer's terms, checked before anything is written: every shop belongs to the
 * co-op, prices and numbers are sensible, the slots come after the orders close, and a sale price
 * below the parts' total was confirmed by the leader.
 */
@Component
class OfferTerms {

    static final int MAX_SETS = 100_000;

    private final MemberDirectory directory;

    OfferTerms(MemberDirectory directory) {
        this.directory = directory;
    }

    /**
     * Checks the form and writes it onto the offer; {@code votingTime} is what must fit before the
     * orders close.
     */
    void apply(JointOffer offer, OfferForm form, CurrentUser me, Instant now, Duration votingTime) {
        String title = Texts.required(form.title(), 200, "error.sale.titleRequired");
        String description = form.description() == null ? "" : form.description().strip();
        if (description.length() > 2000) {
            throw new InvalidInputException("error.text.tooLong", 2000);
        }
        money(form.salePrice());
        if (form.sets() < 1 || form.sets() > MAX_SETS) {
            throw new InvalidInputException("error.sale.setsRange", MAX_SETS);
        }
        if (form.minimumSets() < 0 || form.minimumSets() > form.sets()) {
            throw new InvalidInputException("error.sale.minimumRange", form.sets());
        }
        if (form.orderDeadline() == null) {
            throw new InvalidInputException("error.sale.orderDeadlineRequired");
        }
        Instant deadline = form.orderDeadline().truncatedTo(ChronoUnit.SECONDS);
        if (!deadline.isAfter(now.plus(votingTime))) {
            throw new InvalidInputException(
                    "error.sale.orderDeadlineTooSoon", votingTime.toHours());
        }
        List<OfferForm.PartForm> parts = form.parts() == null ? List.of() : form.parts();
        List<OfferForm.SlotForm> slots = form.slots() == null ? List.of() : form.slots();
        if (parts.isEmpty()) {
            throw new InvalidInputException("error.sale.partsRequired");
        }
        if (slots.isEmpty()) {
            throw new InvalidInputException("error.sale.slotsRequired");
        }
        Map<String, Long> members =
                directory.activeMembers(form.coopId()).stream()
                        .collect(
                                Collectors.toMap(
                                        MemberDirectory.Member::username,
                                        MemberDirectory.Member::id));
        long partsTotal = 0;
        for (OfferForm.PartForm p : parts) {
            if (p == null || p.shop() == null || !members.containsKey(p.shop().strip())) {
                throw new InvalidInputException(
                        "error.sale.shopNotMember", p == null ? "-" : p.shop());
            }
            Texts.required(p.item(), 200, "error.sale.itemRequired");
            if (p.quantityPerSet() < 1) {
                throw new InvalidInputException("error.sale.quantityRange", p.item());
            }
            money(p.pricePerSet());
            partsTotal += p.pricePerSet();
        }
        money(partsTotal);
        if (form.salePrice() < partsTotal) {
            if (!Boolean.TRUE.equals(form.belowCostConfirmed())) {
                throw new InvalidInputException(
                        "error.sale.belowCost", Won.of(form.salePrice()), Won.of(partsTotal));
            }
            if (!me.isLeaderOf(form.coopId())) {
                throw new AccessDeniedException("error.sale.belowCostLeaderOnly");
            }
        }
        for (OfferForm.SlotForm s : slots) {
            if (s == null
                    || s.startsAt() == null
                    || s.endsAt() == null
                    || !s.startsAt().isBefore(s.endsAt())) {
                throw new InvalidInputException("error.sale.slotTimes");
            }
            Texts.required(s.place(), 200, "error.sale.placeRequired");
            if (s.startsAt().isBefore(deadline)) {
                throw new InvalidInputException("error.sale.slotBeforeDeadline");
            }
        }
        String account =
                form.transferAccount() == null || form.transferAccount().isBlank()
                        ? null
                        : form.transferAccount().strip();
        if (account != null && account.length() > 200) {
            throw new InvalidInputException("error.sale.transferAccountTooLong", 200);
        }
        Long confirmedBy = form.salePrice() < partsTotal ? me.id() : null;
        offer.setTerms(
                title,
                description,
                form.salePrice(),
                confirmedBy,
                form.sets(),
                form.minimumSets(),
                deadline,
                account);
        for (OfferForm.PartForm p : parts) {
            long shopId = members.get(p.shop().strip());
            String unit =
                    p.unit() == null || p.unit().isBlank()
                            ? "개"
                            : Texts.required(p.unit(), 30, "error.sale.unitRequired");
            offer.addPart(
                    shopId,
                    directory.shopName(shopId, form.coopId()),
                    p.item().strip(),
                    p.quantityPerSet(),
                    unit,
                    p.pricePerSet());
        }
        slots.forEach(
                s ->
                        offer.addSlot(
                                s.place().strip(),
                                s.startsAt().truncatedTo(ChronoUnit.SECONDS),
                                s.endsAt().truncatedTo(ChronoUnit.SECONDS)));
    }

    private static void money(long won) {
        if (won <= 0) {
            throw new InvalidInputException("error.sale.priceRange");
        }
        if (won > Won.LIMIT) {
            throw new InvalidInputException("error.money.tooLarge", won);
        }
    }
}
