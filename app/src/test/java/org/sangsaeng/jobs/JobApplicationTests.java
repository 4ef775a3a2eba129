package org.sangsaeng.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sangsaeng.jobs.domain.JobApplication;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.NotFoundException;

/** The moves of an application, and the refusals of the moves that do not fit where it stands. */
class JobApplicationTests {

    static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");
    static final Instant EXPIRES = NOW.plusSeconds(48 * 3_600);

    @Test
    void aWaitingApplicationIsWithdrawnByItsSeeker() {
        JobApplication fresh = applied();
        fresh.withdraw(NOW);
        assertThat(fresh.getState()).isEqualTo(ApplicationState.WITHDRAWN);

        JobApplication kept = applied();
        kept.shortlist(NOW);
        kept.withdraw(NOW);
        assertThat(kept.getState()).isEqualTo(ApplicationState.WITHDRAWN);
    }

    @Test
    void onlyAFreshApplicationIsShortlisted() {
        JobApplication a = applied();
        a.shortlist(NOW);
        assertThat(a.getState()).isEqualTo(ApplicationState.SHORTLISTED);
        assertRefused(a, x -> x.shortlist(NOW), "error.job.notPending");
    }

    @Test
    void aWaitingApplicationIsRejectedOrOfferedTheJob() {
        JobApplication rejected = applied();
        rejected.reject(NOW);
        assertThat(rejected.getState()).isEqualTo(ApplicationState.REJECTED);

        JobApplication offered = applied();
        offered.shortlist(NOW);
        offered.offer(EXPIRES, NOW);
        assertThat(offered.getState()).isEqualTo(ApplicationState.OFFERED);
        assertThat(offered.getOfferExpiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void anAnswerNotTakenLeavesTheOfferExpiredUnanswered() {
        assertThat(afterAnswerNotTaken(a -> a.accept(NOW), NOW.plusSeconds(60)))
                .as("accepted")
                .isEqualTo(ApplicationState.EXPIRED);
        assertThat(afterAnswerNotTaken(a -> a.decline(NOW), EXPIRES))
                .as("declined")
                .isEqualTo(ApplicationState.EXPIRED);
        assertThat(afterAnswerNotTaken(a -> a.expire(EXPIRES), EXPIRES))
                .as("expired by the process, stays expired")
                .isEqualTo(ApplicationState.EXPIRED);
    }

    private static ApplicationState afterAnswerNotTaken(Consumer<JobApplication> move, Instant at) {
        JobApplication a = offered();
        move.accept(a);
        a.answerNotTaken(at);
        return a.getState();
    }

    @Test
    void anApplicationNoLongerWaitingIsNeitherWithdrawnRejectedNorOfferedAgain() {
        for (JobApplication a : new JobApplication[] {offered(), withdrawn()}) {
            assertRefused(a, x -> x.withdraw(NOW), "error.job.notPending");
            assertRefused(a, x -> x.shortlist(NOW), "error.job.notPending");
            assertRefused(a, x -> x.reject(NOW), "error.job.notPending");
            assertRefused(a, x -> x.offer(EXPIRES, NOW), "error.job.notPending");
        }
    }

    @Test
    void theSeekerAcceptsOrDeclinesAnOfferBeforeItExpires() {
        JobApplication accepted = offered();
        accepted.accept(EXPIRES.minusSeconds(1));
        assertThat(accepted.getState()).isEqualTo(ApplicationState.ACCEPTED);

        JobApplication declined = offered();
        declined.decline(NOW);
        assertThat(declined.getState()).isEqualTo(ApplicationState.DECLINED);
    }

    @Test
    void anExpiredOfferOrNoOfferCannotBeAnswered() {
        JobApplication late = offered();
        assertRefused(late, x -> x.accept(EXPIRES), "error.job.offerExpired");
        assertRefused(late, x -> x.decline(EXPIRES), "error.job.offerExpired");

        JobApplication expired = offered();
        expired.expire(EXPIRES);
        assertRefused(expired, x -> x.accept(NOW), "error.job.offerExpired");

        JobApplication waiting = applied();
        assertRefused(waiting, x -> x.accept(NOW), "error.job.noOffer");
        JobApplication answered = offered();
        answered.accept(NOW);
        assertRefused(answered, x -> x.decline(NOW), "error.job.noOffer");
    }

    @Test
    void anUnansweredOfferExpiresOnceAndAnAnsweredOneStaysAnswered() {
        JobApplication a = offered();
        a.expire(EXPIRES);
        a.expire(EXPIRES);
        assertThat(a.getState()).isEqualTo(ApplicationState.EXPIRED);

        JobApplication accepted = offered();
        accepted.accept(NOW);
        accepted.expire(EXPIRES);
        assertThat(accepted.getState()).isEqualTo(ApplicationState.ACCEPTED);
    }

    @Test
    void eachSideOfAHireConfirmsTheWorkOnce() {
        JobApplication hire = hired();
        assertThat(hire.disputed()).as("nobody said yet").isTrue();
        hire.confirmWork(true, true);
        hire.confirmWork(false, true);
        assertThat(hire.disputed()).isFalse();

        assertThatThrownBy(() -> hire.confirmWork(true, false))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.job.ratedTwice");
        assertThat(hire.getEmployerConfirmed()).isTrue();
    }

    @Test
    void oneSideSayingTheWorkDidNotHappenIsADispute() {
        JobApplication hire = hired();
        hire.confirmWork(true, true);
        hire.confirmWork(false, false);
        assertThat(hire.disputed()).isTrue();
    }

    @Test
    void workIsConfirmedOnlyForAHire() {
        JobApplication offered = offered();
        assertThatThrownBy(() -> offered.confirmWork(true, true))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("error.job.applicationNotFound");
        assertThat(offered.getEmployerConfirmed()).isNull();
    }

    private static void assertRefused(
            JobApplication a, Consumer<JobApplication> move, String message) {
        ApplicationState before = a.getState();
        assertThatThrownBy(() -> move.accept(a))
                .isInstanceOf(BusinessException.class)
                .hasMessage(message);
        assertThat(a.getState()).as("unchanged").isEqualTo(before);
    }

    static JobApplication applied() {
        return new JobApplication(3, 9, "주말에 도울 수 있습니다", NOW);
    }

    static JobApplication offered() {
        JobApplication a = applied();
        a.offer(EXPIRES, NOW);
        return a;
    }

    static JobApplication withdrawn() {
        JobApplication a = applied();
        a.withdraw(NOW);
        return a;
    }

    static JobApplication hired() {
        JobApplication a = offered();
        a.accept(NOW);
        return a;
    }
}
