package org.sangsaeng.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.Tags;

class MatchScoreTests {

    // Saturday 2026-12-05 and Sunday 2026-12-06: the weekend before the year-end rush.
    static final MatchScore.Job WEEKEND_BAKERY =
            new MatchScore.Job(
                    Tags.parse("제빵, 포장, 계산"),
                    BusinessType.BAKERY,
                    "태평3동 시장",
                    LocalDate.of(2026, 12, 5),
                    LocalDate.of(2026, 12, 6));

    @Test
    void aSeekerWhoFitsInEveryWayScoresAHundredWithFourReasons() {
        MatchScore score =
                MatchScore.of(
                        WEEKEND_BAKERY,
                        new MatchScore.Seeker(
                                Set.of("제빵", "포장", "계산", "운전"),
                                Set.of(BusinessType.BAKERY),
                                Set.of("태평3동 시장"),
                                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                                null,
                                null));
        assertThat(score.score()).isEqualTo(100);
        assertThat(score.reasons())
                .extracting(MatchScore.Reason::key)
                .containsExactly(
                        "match.skills", "match.businessType", "match.area", "match.available");
        assertThat(score.reasons().getFirst().args()).containsExactly("3", "3", "제빵, 포장, 계산");
    }

    @Test
    void skillsCountInProportionAndOnlyTheReasonsThatHoldAreGiven() {
        MatchScore score =
                MatchScore.of(
                        WEEKEND_BAKERY,
                        weekly("포장", BusinessType.CAFE, "모란시장", DayOfWeek.SATURDAY));
        assertThat(score.score()).as("1 of 3 skills: 50 x 1/3, rounded down").isEqualTo(16);
        assertThat(score.reasons())
                .extracting(MatchScore.Reason::key)
                .containsExactly("match.skills");
    }

    @Test
    void aLookingForWorkEntryMustCoverEveryDayOfTheJob() {
        MatchScore.Seeker weekendOnly =
                availableFrom(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6));
        MatchScore.Seeker saturdayOnly =
                availableFrom(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5));
        assertThat(MatchScore.of(WEEKEND_BAKERY, weekendOnly).score()).isEqualTo(15);
        assertThat(MatchScore.of(WEEKEND_BAKERY, saturdayOnly).score()).isZero();
    }

    @Test
    void nothingInCommonScoresZeroWithNoReasons() {
        MatchScore score =
                MatchScore.of(
                        WEEKEND_BAKERY,
                        weekly("회 뜨기", BusinessType.FISH, "중앙시장", DayOfWeek.MONDAY));
        assertThat(score).isEqualTo(new MatchScore(0, List.of()));
    }

    @Test
    void skillTagsAreTrimmedLowerCasedAndCountedOnce() {
        assertThat(Tags.parse(" 제빵, Packing ,packing;계산\n")).containsExactly("제빵", "packing", "계산");
        assertThat(Tags.parse(null)).isEmpty();
    }

    /** A seeker with one skill, business type and area, free every such weekday. */
    private static MatchScore.Seeker weekly(
            String skill, BusinessType type, String area, DayOfWeek day) {
        return new MatchScore.Seeker(
                Set.of(skill), Set.of(type), Set.of(area), Set.of(day), null, null);
    }

    /** A seeker who names no skill, type, area or weekday, only the dates they are free. */
    private static MatchScore.Seeker availableFrom(LocalDate from, LocalDate until) {
        return new MatchScore.Seeker(Set.of(), Set.of(), Set.of(), Set.of(), from, until);
    }
}
