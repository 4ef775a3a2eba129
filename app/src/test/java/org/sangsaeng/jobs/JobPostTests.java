package org.sangsaeng.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.sangsaeng.governance.JobPostReview;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;

/** The moves of a job post, and the refusals of the moves that do not fit where it stands. */
class JobPostTests {

    static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");
    // Applications until 2026-12-10 09:00 in Seoul; the work runs 12-12 09:00 to 12-13 18:00.
    static final Instant DEADLINE = Instant.parse("2026-12-10T00:00:00Z");
    static final Instant WORK_STARTS = Instant.parse("2026-12-12T00:00:00Z");

    @Test
    void theReviewerApprovesAPostInReviewAndTheProcessPublishesItOnce() {
        JobPost post = inReview();
        post.approve();
        assertThat(post.getState()).isEqualTo(JobState.IN_REVIEW);

        post.publish();
        post.publish();

        assertThat(post.getState()).isEqualTo(JobState.PUBLISHED);
        assertThat(post.getReviewComment()).isNull();
    }

    @Test
    void changesAreRequestedWithACommentAndTheRevisionGoesBackToReview() {
        JobPost post = inReview();
        post.requestChanges("시급을 적어 주세요");
        assertThat(post.getState()).isEqualTo(JobState.CHANGES_REQUESTED);
        assertThat(post.getReviewComment()).isEqualTo("시급을 적어 주세요");

        post.resubmit();

        assertThat(post.getState()).isEqualTo(JobState.IN_REVIEW);
        assertThat(post.getReviewComment()).as("still shown").isEqualTo("시급을 적어 주세요");
        post.approve();
        assertThat(post.getReviewComment()).isNull();
    }

    @Test
    void aRejectionStatesItsReason() {
        JobPost post = inReview();
        post.reject("최저임금 안내가 없습니다");
        assertThat(post.getState()).isEqualTo(JobState.REJECTED);
        assertThat(post.getReviewComment()).isEqualTo("최저임금 안내가 없습니다");
    }

    @Test
    void aChangesRequestOrARejectionWithoutWordsIsRefusedAndChangesNothing() {
        JobPost post = inReview();
        assertThatThrownBy(() -> post.requestChanges(" "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.job.commentRequired");
        assertThatThrownBy(() -> post.reject(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.job.reasonRequired");
        assertThat(post.getState()).isEqualTo(JobState.IN_REVIEW);
        assertThat(post.getReviewComment()).isNull();
    }

    @Test
    void aPostOutOfReviewTakesNoDecisionAndNoRevision() {
        JobPost post = published();
        assertRefused(post, post::approve, "error.job.notInReview");
        assertRefused(post, () -> post.requestChanges("고쳐 주세요"), "error.job.notInReview");
        assertRefused(post, () -> post.reject("안 됩니다"), "error.job.notInReview");
        assertRefused(post, post::resubmit, "error.job.notInReview");
        assertThat(post.getReviewComment()).isNull();

        JobPost inReview = inReview();
        assertRefused(inReview, inReview::resubmit, "error.job.notInReview");
    }

    @Test
    void onlyAnApprovedPostInReviewIsPublished() {
        JobPost sentBack = inReview();
        sentBack.requestChanges("고쳐 주세요");
        assertRefused(sentBack, sentBack::publish, "error.job.notInReview");

        JobPost rejected = inReview();
        rejected.reject("안 됩니다");
        assertRefused(rejected, rejected::publish, "error.job.notInReview");
    }

    @Test
    void aPublishedPostClosesToApplicationsOnceAndIsDoneAfterTheWork() {
        JobPost post = published();
        post.closeToApplications();
        post.closeToApplications();
        assertThat(post.getState()).isEqualTo(JobState.CLOSED);
        assertRefused(post, post::publish, "error.job.notInReview");

        post.finish();
        post.finish();

        assertThat(post.getState()).isEqualTo(JobState.DONE);
        assertRefused(post, post::closeToApplications, "error.job.notPending");
    }

    @Test
    void aPostNeverPublishedNeitherClosesNorFinishes() {
        JobPost post = inReview();
        assertRefused(post, post::closeToApplications, "error.job.notPending");
        assertRefused(post, post::finish, "error.job.notPending");
        JobPost open = published();
        assertRefused(open, open::finish, "error.job.notPending");
    }

    @Test
    void theDeadlineMovesOnceAndAskingForTheSameOneAgainChangesNothing() {
        JobPost post = published();
        Instant later = DEADLINE.plusSeconds(86_400);
        assertThat(post.mayExtendDeadline()).isTrue();

        post.extendDeadline(later);
        post.extendDeadline(later);

        assertThat(post.getApplicationDeadline()).isEqualTo(later);
        assertThat(post.mayExtendDeadline()).isFalse();
        assertThatThrownBy(() -> post.extendDeadline(later.plusSeconds(3_600)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.job.extendedOnce");
        assertThat(post.getApplicationDeadline()).isEqualTo(later);
    }

    @Test
    void applicationsAreTakenWhilePublishedAndBeforeTheDeadline() {
        JobPost post = published();
        post.requireTakingApplications(NOW);
        post.requirePublished();
        assertThatThrownBy(() -> post.requireTakingApplications(DEADLINE))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.job.closed");

        JobPost inReview = inReview();
        assertThatThrownBy(() -> inReview.requireTakingApplications(NOW))
                .hasMessage("error.job.closed");
        assertThatThrownBy(inReview::requirePublished).hasMessage("error.job.closed");
    }

    @Test
    void offersAreMadeUntilTheWorkStartsEvenAfterThePostClosed() {
        JobPost post = published();
        assertThat(post.workStarts()).isEqualTo(WORK_STARTS);
        assertThat(post.workEnds()).isEqualTo(Instant.parse("2026-12-13T09:00:00Z"));
        post.requireHiring(NOW);
        post.closeToApplications();
        post.requireHiring(WORK_STARTS.minusSeconds(1));

        assertThatThrownBy(() -> post.requireHiring(WORK_STARTS))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.job.closed");
        JobPost inReview = inReview();
        assertThatThrownBy(() -> inReview.requireHiring(NOW)).hasMessage("error.job.closed");
    }

    private static void assertRefused(JobPost post, Runnable move, String message) {
        JobState before = post.getState();
        assertThatThrownBy(move::run).isInstanceOf(BusinessException.class).hasMessage(message);
        assertThat(post.getState()).as("unchanged").isEqualTo(before);
    }

    static JobPost inReview() {
        JobPost post = new JobPost(1, 7, 1, JobPostReview.LEADER, NOW);
        post.describe(
                "주말 포장 도우미",
                BusinessType.BAKERY,
                "선물세트 포장",
                "포장",
                "태평 제과",
                "태평3동 시장",
                LocalDate.of(2026, 12, 12),
                LocalDate.of(2026, 12, 13),
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                2,
                PayUnit.HOUR,
                12_000,
                DEADLINE);
        return post;
    }

    static JobPost published() {
        JobPost post = inReview();
        post.approve();
        post.publish();
        return post;
    }
}
