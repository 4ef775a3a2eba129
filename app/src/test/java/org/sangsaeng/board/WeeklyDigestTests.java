package org.sangsaeng.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WeeklyDigestTests {

    @Test
    void aBusyWeekIsShortenedToTenTitlesAndACountOfTheRest() {
        List<String> titles =
                IntStream.rangeClosed(1, 25)
                        .mapToObj(i -> "글 " + i + " " + "가".repeat(190))
                        .toList();
        String text = WeeklyDigest.lines(titles);
        assertThat(text.lines().filter(l -> l.startsWith("- "))).hasSize(10);
        assertThat(text).endsWith("\n+15");
        assertThat(text.length()).isLessThan(800);
    }

    @Test
    void aQuietWeekSaysSo() {
        assertThat(WeeklyDigest.lines(List.of())).isEqualTo(" -");
    }
}
