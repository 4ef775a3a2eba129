package org.sangsaeng.shared;

import java.util.ArrayList;
import java.util.List;

/** The little CSV the imports and exports need (RFC 4180 quoting, one record per line). */
public final class Csv {

    private Csv() {}

    public static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    /** A cell of text people typed; also defuses spreadsheet formulas (a leading =, +, - or @). */
    public static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return exact(v);
    }

    /**
     * A cell kept exactly as it is (for data that is checked afterwards, such as hashed audit
     * rows).
     */
    public static String exact(String value) {
        return "\"" + (value == null ? "" : value).replace("\"", "\"\"") + "\"";
    }
}
