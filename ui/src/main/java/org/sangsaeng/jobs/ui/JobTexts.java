package org.sangsaeng.jobs.ui;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.sangsaeng.jobs.JobPostView;
import org.sangsaeng.jobs.MatchScore;
import org.sangsaeng.jobs.PayUnit;
import org.sangsaeng.jobs.Rating;

/** How the job pages word pay, dates, ratings and match reasons, in the reader's language. */
final class JobTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private JobTexts() {}

    static String pay(Component c, PayUnit unit, long won) {
        return c.getTranslation(
                unit == PayUnit.HOUR ? "jobs.payPerHour" : "jobs.payPerDay",
                String.format("%,d", won));
    }

    static String when(Component c, JobPostView p) {
        String days =
                p.startDate().equals(p.endDate())
                        ? p.startDate().toString()
                        : p.startDate() + " ~ " + p.endDate();
        return days + " " + TIME.format(p.dailyStart()) + "-" + TIME.format(p.dailyEnd());
    }

    static String rating(Component c, Rating r) {
        return r.count() == 0
                ? c.getTranslation("jobs.noRating")
                : c.getTranslation("jobs.rating", String.format("%.1f", r.average()), r.count());
    }

    static String reasons(Component c, MatchScore m) {
        if (m == null || m.reasons().isEmpty()) {
            return "";
        }
        return m.reasons().stream()
                .map(
                        r ->
                                r.key().equals("match.businessType")
                                        ? c.getTranslation(
                                                r.key(),
                                                c.getTranslation(
                                                        "businessType." + r.args().getFirst()))
                                        : c.getTranslation(r.key(), r.args().toArray()))
                .collect(Collectors.joining(" · "));
    }
}
