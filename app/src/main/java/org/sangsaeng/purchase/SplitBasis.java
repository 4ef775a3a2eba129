package org.sangsaeng.purchase;

import org.sangsaeng.shared.Won;

/** What a shared cost is split in proportion to, among the members who receive anything. */
public enum SplitBasis {

    /** The won value of the goods each member receives; the default. */
    BY_VALUE {
        @Override
        long valueFor(Won goods, long units) {
            return goods.value();
        }
    },

    /** The units each member receives, whatever they cost. */
    BY_UNITS {
        @Override
        long valueFor(Won goods, long units) {
            return units;
        }
    },

    /** The same for every member. */
    EQUAL {
        @Override
        long valueFor(Won goods, long units) {
            return 1;
        }
    };

    abstract long valueFor(Won goods, long units);
}
