package org.sangsaeng.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sangsaeng.statistics.SvgChart.Series;

class SvgChartTests {

    @Test
    void barsAreProportionalToTheLargestValueAndLabelledInKorean() {
        String svg =
                SvgChart.bars(
                        "업종별 활동",
                        List.of("제과점", "정육점"),
                        List.of(new Series("공동구매", List.of(10L, 5L))));

        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .endsWith("</svg>")
                .contains(
                        "viewBox=\"0 0 400 ",
                        "width=\"100%\"",
                        "Noto Sans KR",
                        "<title>업종별 활동</title>")
                .contains(">제과점</text>", ">정육점</text>", ">10</text>", ">5</text>");
        // The bar area is 400 - 8 - 70 = 322 wide: 10 fills it, 5 takes half (161).
        assertThat(widths(svg)).containsExactly(322, 161);
        assertThat(svg).as("one series needs no legend").doesNotContain("width=\"12\"");
    }

    @Test
    void severalSeriesGetALegendAndABarEachPerLabel() {
        String svg =
                SvgChart.bars(
                        "쿠폰",
                        List.of("태평당"),
                        List.of(new Series("발급", List.of(4L)), new Series("사용", List.of(0L))));

        assertThat(svg).contains(">발급</text>", ">사용</text>", ">4</text>", ">0</text>");
        assertThat(widths(svg)).containsExactly(12, 12, 322, 0);
    }

    @Test
    void textIsEscapedSoThatNamesCannotInjectMarkup() {
        String svg =
                SvgChart.bars(
                        "<script>alert(1)</script>",
                        List.of("김&박 \"가게\""),
                        List.of(new Series("x", List.of(1L))));

        assertThat(svg)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;", "김&amp;박 &quot;가게&quot;");
    }

    @Test
    void anEmptyChartSaysSoInsteadOfFailing() {
        assertThat(SvgChart.bars("투표율", List.of(), List.of(new Series("%", List.of()))))
                .contains(">–</text>");
        assertThat(SvgChart.line("조합원", List.of(), List.of()))
                .endsWith("</svg>")
                .doesNotContain("polyline");
    }

    @Test
    void aLineRunsFromTheFirstToTheLastPointBetweenItsSmallestAndLargestValue() {
        String svg =
                SvgChart.line(
                        "조합원 수",
                        List.of("2026-10-01", "2026-10-02", "2026-10-03"),
                        List.of(2L, 4L, 6L));

        Matcher points = Pattern.compile("points=\"([^\"]+)\"").matcher(svg);
        assertThat(points.find()).isTrue();
        // x from 44 to 388; y from the bottom (190) for the smallest to the top (40) for the
        // largest.
        assertThat(points.group(1)).isEqualTo("44.0,190.0 216.0,115.0 388.0,40.0");
        assertThat(svg)
                .contains(">2026-10-01</text>", ">2026-10-03</text>", ">6</text>", ">2</text>");
    }

    private static List<Integer> widths(String svg) {
        return Pattern.compile("<rect [^>]*width=\"(\\d+)\"")
                .matcher(svg)
                .results()
                .map(m -> Integer.parseInt(m.group(1)))
                .toList();
    }
}
