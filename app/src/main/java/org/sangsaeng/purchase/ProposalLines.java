package org.sangsaeng.purchase;

import java.util.ArrayList;
import java.util.List;
import org.sangsaeng.catalogue.CatalogueService;
import org.sangsaeng.catalogue.PinnedItem;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Component;

/**
 * The lines of a proposal as the purchase keeps them: a typed line is checked, a catalogue line is
 * copied from the supplier's catalogue at the price valid today, so a later price change leaves the
 * proposal alone.
 */
@Component
class ProposalLines {

    /** A line ready to be stored; {@code catalogueItemId} null for a typed line. */
    record Line(
            String item,
            String unit,
            long unitPrice,
            long packSize,
            Long maxPerMember,
            Long catalogueItemId) {}

    private final CatalogueService catalogue;

    ProposalLines(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Every line checked or pinned, or the first mistake refused (the caller has written nothing
     * yet).
     */
    List<Line> resolve(long supplierId, List<ProposalForm.LineForm> forms) {
        List<Line> lines = new ArrayList<>();
        for (ProposalForm.LineForm l : forms) {
            if (l == null) {
                throw new InvalidInputException("error.purchase.lineText");
            }
            if (l.maxPerMember() != null && l.maxPerMember() < 1) {
                throw new InvalidInputException("error.line.maximum");
            }
            lines.add(l.catalogueItemId() == null ? typed(l) : pinned(supplierId, l));
        }
        return lines;
    }

    private Line pinned(long supplierId, ProposalForm.LineForm l) {
        if (l.typesAnything()) {
            throw new InvalidInputException(
                    "error.purchase.catalogueLineTyped", l.catalogueItemId());
        }
        PinnedItem item = catalogue.pin(supplierId, l.catalogueItemId());
        return new Line(
                item.name(),
                item.unit(),
                item.unitPrice(),
                item.packSize(),
                l.maxPerMember(),
                item.itemId());
    }

    private static Line typed(ProposalForm.LineForm l) {
        if (l.item() == null
                || l.item().isBlank()
                || l.item().length() > 200
                || l.unit() == null
                || l.unit().isBlank()
                || l.unit().length() > 50) {
            throw new InvalidInputException("error.purchase.lineText");
        }
        if (l.unitPrice() == null || l.unitPrice() <= 0) {
            throw new InvalidInputException("error.line.negativePrice");
        }
        Won.of(l.unitPrice());
        if (l.packSize() == null || l.packSize() < 1) {
            throw new InvalidInputException("error.line.packSize");
        }
        return new Line(
                l.item().trim(),
                l.unit().trim(),
                l.unitPrice(),
                l.packSize(),
                l.maxPerMember(),
                null);
    }
}
