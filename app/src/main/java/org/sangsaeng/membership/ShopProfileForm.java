package org.sangsaeng.membership;

/**
 * What a shop's owner tells customers on the market's public page; every field may be left empty.
 * Opening hours and the place are written as people say them ("매일 07:00-21:00, 월요일 휴무", "A동 12호").
 */
public record ShopProfileForm(String openingHours, String place, String description, String phone) {

    public static final int MAX_HOURS = 100;
    public static final int MAX_PLACE = 50;
    public static final int MAX_DESCRIPTION = 300;

    /**
     * The form without surrounding blanks, empty fields as null, the phone dashed; each mistake
     * refused by name.
     */
    ShopProfileForm checked() {
        String p = optional(phone, 20, "error.shop.phone");
        return new ShopProfileForm(
                optional(openingHours, MAX_HOURS, "error.shop.hoursTooLong"),
                optional(place, MAX_PLACE, "error.shop.placeTooLong"),
                optional(description, MAX_DESCRIPTION, "error.shop.descriptionTooLong"),
                p == null
                        ? null
                        : org.sangsaeng.shared.ContactPhones.dashed(p)
                                .orElseThrow(
                                        () ->
                                                new org.sangsaeng.shared.InvalidInputException(
                                                        "error.shop.phone", p)));
    }

    private static String optional(String text, int max, String tooLongKey) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw new org.sangsaeng.shared.InvalidInputException(tooLongKey, max, t.length());
        }
        return t.isEmpty() ? null : t;
    }
}
