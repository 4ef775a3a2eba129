package org.sangsaeng.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.Tags;
import org.sangsaeng.shared.Texts;
import org.sangsaeng.shared.Won;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a job post must say before anyone reviews it, for a first version and for a revision alike.
 * The minimum wage is configured ({@code sangsaeng.jobs.minimum-hourly-wage}); a day's pay must
 * cover the day's hours at it.
 */
@Component
class JobPostTerms {

    private final Clock clock;
    private final long minimumHourlyWage;

    JobPostTerms(
            Clock clock,
            @Value("${sangsaeng.jobs.minimum-hourly-wage:10320}") long minimumHourlyWage) {
        this.clock = clock;
        this.minimumHourlyWage = minimumHourlyWage;
    }

    /**
     * Writes the form into the post, or refuses it naming the first thing wrong: a field missing or
     * too long, dates in the past or out of order, pay below the minimum wage, a deadline after the
     * work starts.
     */
    void describe(JobPost post, JobPostForm form) {
        String title = form.title() == null ? "" : form.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("error.job.title");
        }
        if (form.businessType() == null) {
            throw new InvalidInputException("error.job.businessType");
        }
        String tasks = Texts.required(form.tasks(), 2000, "error.job.tasks");
        Set<String> skills = Tags.parse(form.skills());
        String place = Texts.required(form.place(), 200, "error.job.place");
        String area = Texts.required(form.area(), 100, "error.job.place");
        if (form.startDate() == null || form.endDate() == null) {
            throw new InvalidInputException("error.job.dates");
        }
        if (form.endDate().isBefore(form.startDate())) {
            throw new InvalidInputException("error.job.endBeforeStart");
        }
        if (form.startDate().isBefore(today())) {
            throw new InvalidInputException("error.job.startPast");
        }
        if (form.dailyStart() == null
                || form.dailyEnd() == null
                || !form.dailyEnd().isAfter(form.dailyStart())) {
            throw new InvalidInputException("error.job.hours");
        }
        if (form.positions() < 1 || form.positions() > 100) {
            throw new InvalidInputException("error.job.positions");
        }
        if (form.payUnit() == null || form.payWon() <= 0) {
            throw new InvalidInputException("error.job.pay");
        }
        Won.of(form.payWon());
        long minutes = Duration.between(form.dailyStart(), form.dailyEnd()).toMinutes();
        long minimum =
                form.payUnit() == PayUnit.HOUR
                        ? minimumHourlyWage
                        : (minimumHourlyWage * minutes + 59) / 60;
        if (form.payWon() < minimum) {
            throw new InvalidInputException(
                    "error.job.belowMinimumWage",
                    String.format("%,d원", minimum),
                    String.format("%,d원", minimumHourlyWage));
        }
        Instant deadline = form.applicationDeadline();
        if (deadline == null || !deadline.isAfter(clock.instant())) {
            throw new InvalidInputException("error.job.deadlinePast");
        }
        Instant starts =
                form.startDate().atTime(form.dailyStart()).atZone(MarketTime.ZONE).toInstant();
        if (deadline.isAfter(starts)) {
            throw new InvalidInputException("error.job.deadlineAfterStart");
        }
        post.describe(
                title,
                form.businessType(),
                tasks,
                Tags.join(skills),
                place,
                area,
                form.startDate(),
                form.endDate(),
                form.dailyStart(),
                form.dailyEnd(),
                form.positions(),
                form.payUnit(),
                form.payWon(),
                deadline.truncatedTo(ChronoUnit.SECONDS));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MarketTime.ZONE));
    }
}
