package org.sangsaeng.purchase;

import org.sangsaeng.shared.InvalidInputException;

/**
 * A catalogue line as far as packs are concerned: the supplier sells {@code packSize} units at a
 * time (20 kg in a sack of flour, 30 eggs on a tray, 100 boxes in a bundle).
 *
 * @param lineId the catalogue line
 * @param packSize units per pack, at least 1
 * @param maximumPerMember the most units one member may pledge firmly, or {@code null} for no limit
 */
public record PackLine(long lineId, long packSize, Long maximumPerMember) {

    public PackLine {
        if (packSize < 1) {
            throw new InvalidInputException("error.line.packSize", packSize);
        }
        if (maximumPerMember != null && maximumPerMember < 0) {
            throw new InvalidInputException("error.line.maximum", maximumPerMember);
        }
    }

    public static PackLine of(long lineId, long packSize) {
        return new PackLine(lineId, packSize, null);
    }
}
