package org.sangsaeng.statistics;

import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn as SVG text on the server (no front-end build, no AWT). They scale to the
 * width of their container through the view box, and put each bar's label on a line of its own
 * above the bar so that long Korean labels stay readable on a phone. Every text is escaped.
 */
public final class SvgChart {

    /** Korean glyphs first: whichever of these the reader's device has. */
    public static final String FONTS =
            "'Noto Sans KR', 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif";

    static final int WIDTH = 400;
    static final String[] COLOURS = {"#2f6fb3", "#e0803a", "#3a9a5b", "#8a5ab8"};
    private static final int ROW = 40;
    private static final int SERIES_ROW = 16;
    private static final int TOP = 34;
    private static final int LEFT = 8;
    private static final int VALUE_ROOM = 70;

    /** One set of values across the labels, with its name in the legend. */
    public record Series(String name, List<Long> values) {}

    private SvgChart() {}

    /** Horizontal bars, one group per label and one bar per series. */
    public static String bars(String title, List<String> labels, List<Series> series) {
        long max =
                Math.max(
                        1,
                        series.stream()
                                .flatMap(s -> s.values().stream())
                                .mapToLong(Long::longValue)
                                .max()
                                .orElse(1));
        int legend = series.size() > 1 ? 20 : 0;
        int group = ROW + SERIES_ROW * (series.size() - 1);
        int height = TOP + legend + Math.max(1, labels.size()) * group + 8;
        StringBuilder svg = open(title, height);
        if (legend > 0) {
            int x = LEFT;
            for (int s = 0; s < series.size(); s++) {
                svg.append(rect(x, TOP - 2, 12, 12, COLOURS[s % COLOURS.length]));
                svg.append(text(x + 16, TOP + 8, 13, "start", series.get(s).name()));
                x += 24 + 13 * series.get(s).name().length();
            }
        }
        if (labels.isEmpty()) {
            svg.append(text(LEFT, TOP + legend + 16, 13, "start", "–"));
        }
        int barWidth = WIDTH - LEFT - VALUE_ROOM;
        for (int i = 0; i < labels.size(); i++) {
            int y = TOP + legend + i * group;
            svg.append(text(LEFT, y + 12, 13, "start", labels.get(i)));
            for (int s = 0; s < series.size(); s++) {
                long value = series.get(s).values().get(i);
                int w = (int) Math.round((double) value * barWidth / max);
                int barY = y + 17 + s * SERIES_ROW;
                svg.append(
                        rect(
                                LEFT,
                                barY,
                                Math.max(w, value > 0 ? 2 : 0),
                                13,
                                COLOURS[s % COLOURS.length]));
                svg.append(
                        text(
                                LEFT + w + 6,
                                barY + 11,
                                12,
                                "start",
                                String.format(Locale.ROOT, "%,d", value)));
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A line over points in order, with the first and last labels under the axis and the top value
     * beside it.
     */
    public static String line(String title, List<String> labels, List<Long> values) {
        int height = 220;
        int left = 44;
        int right = WIDTH - 12;
        int top = TOP + 6;
        int bottom = height - 30;
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        long min = Math.min(max, values.stream().mapToLong(Long::longValue).min().orElse(0));
        if (min == max) {
            min = 0;
        }
        StringBuilder svg = open(title, height);
        svg.append("<line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(bottom)
                .append("\" x2=\"")
                .append(right)
                .append("\" y2=\"")
                .append(bottom)
                .append("\" stroke=\"#999\"/>");
        svg.append(text(left - 4, top + 4, 12, "end", String.format(Locale.ROOT, "%,d", max)));
        svg.append(text(left - 4, bottom, 12, "end", String.format(Locale.ROOT, "%,d", min)));
        if (!values.isEmpty()) {
            StringBuilder points = new StringBuilder();
            int n = values.size();
            for (int i = 0; i < n; i++) {
                double x =
                        n == 1
                                ? (left + right) / 2.0
                                : left + (double) i * (right - left) / (n - 1);
                double y = bottom - (double) (values.get(i) - min) * (bottom - top) / (max - min);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("<polyline fill=\"none\" stroke=\"")
                    .append(COLOURS[0])
                    .append("\" stroke-width=\"2.5\" points=\"")
                    .append(points.toString().trim())
                    .append("\"/>");
            svg.append(text(left, height - 10, 12, "start", labels.getFirst()));
            if (n > 1) {
                svg.append(text(right, height - 10, 12, "end", labels.getLast()));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\" style=\"max-width:40rem;font-family:")
                .append(FONTS.replace("'", "&apos;"))
                .append("\" font-family=\"")
                .append(FONTS.replace("'", "&apos;"))
                .append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append(
                text(LEFT, 18, 15, "start", title).replace("<text ", "<text font-weight=\"600\" "));
        return svg;
    }

    private static String rect(int x, int y, int w, int h, String colour) {
        return "<rect x=\""
                + x
                + "\" y=\""
                + y
                + "\" width=\""
                + w
                + "\" height=\""
                + h
                + "\" rx=\"2\" fill=\""
                + colour
                + "\"/>";
    }

    private static String text(double x, double y, int size, String anchor, String content) {
        return String.format(
                        Locale.ROOT,
                        "<text x=\"%.0f\" y=\"%.0f\" font-size=\"%d\" text-anchor=\"%s\" fill=\"#222\">",
                        x,
                        y,
                        size,
                        anchor)
                + escape(content)
                + "</text>";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
