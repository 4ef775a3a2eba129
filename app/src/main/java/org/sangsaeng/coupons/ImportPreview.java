package org.sangsaeng.coupons;

import java.util.List;

/** What an import would do (or did), row by row: the rows it takes and the errors of the others. */
public record ImportPreview(List<Row> rows, int accepted, int refused, boolean imported) {

    /** One row of the file: its line number, what it names (phone masked) and the error, if any. */
    public record Row(int line, String name, String maskedPhone, String error) {}
}
