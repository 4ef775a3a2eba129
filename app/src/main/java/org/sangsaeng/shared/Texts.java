package org.sangsaeng.shared;

/** Checks of free text people type in. */
public final class Texts {

    private Texts() {}

    /**
     * The text without surrounding blanks; refused when empty ({@code emptyKey}) or longer than
     * {@code max}.
     */
    public static String required(String text, int max, String emptyKey) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new InvalidInputException(emptyKey);
        }
        if (t.length() > max) {
            throw new InvalidInputException("error.text.tooLong", max);
        }
        return t;
    }
}
