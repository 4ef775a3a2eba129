package org.sangsaeng.membership;

/** 업종: the kinds of shop our merchants run. */
public enum BusinessType {
    BAKERY,
    BUTCHER,
    SIDE_DISHES,
    RICE_CAKES,
    FRUIT,
    FISH,
    CAFE,
    SNACK_BAR,
    FLORIST,
    LAUNDRY
}
