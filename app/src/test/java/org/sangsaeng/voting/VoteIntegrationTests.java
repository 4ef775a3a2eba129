package org.sangsaeng.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.engine.ProcessEngine;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.tasks.TaskStatus;
import org.sangsaeng.web.BadInput;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The member-vote process through our services and workers, on the in-memory engine and a real
 * MariaDB.
 */
class VoteIntegrationTests extends CoopTest {

    @Autowired ProcessEngine engine;
    @Autowired TaskInbox inbox;
    @Autowired VoteService votes;

    List<String> extraMembers;

    @BeforeEach
    void givenACoopOfFiveMembers() {
        extraMembers = f.addMembers(accounts, 3, "voter", "조합원", BusinessType.FRUIT, "가게");
    }

    @Test
    void everyMemberVotesAndTheVoteClosesAsSoonAsAllHaveVoted() {
        String subject = startVote(60, false);
        List<String> electorate = electorate();
        assertThat(electorate).hasSize(5);
        long voteId = voteIdOf(subject);

        vote(f.leader(), "YES", null);
        vote(f.member(), "NO", "가격이 비쌉니다");
        Fixtures.signIn(f.member());
        VoteDetails live = votes.get(voteId);
        assertThat(live.open()).isTrue();
        assertThat(live.voted()).isEqualTo(2);
        assertThat(live.yes()).as("counts stay secret until the vote closes").isNull();
        assertThat(live.myChoice()).isEqualTo(Choice.NO);

        vote(extraMembers.get(0), "YES", null);
        vote(extraMembers.get(1), "ABSTAIN", null);
        vote(extraMembers.get(2), "YES", null);

        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !votes.get(voteId).open());
        VoteDetails result = votes.get(voteId);
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(List.of(result.yes(), result.no(), result.abstain())).containsExactly(3, 1, 1);
        assertThat(result.turnoutPercent()).isEqualTo(100);
    }

    @Test
    void aMemberMayChangeTheirVoteUntilItClosesAndTheLatestCounts() {
        String subject = startVote(60, false);
        electorate();
        long voteId = voteIdOf(subject);
        vote(f.member(), "YES", null);

        Fixtures.signIn(f.member());
        votes.cast(voteId, Choice.NO, "다시 생각해 보니 반대합니다");
        assertThat(votes.get(voteId).myChoice()).isEqualTo(Choice.NO);
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from vote_ballot where vote_id = ?",
                                Integer.class,
                                voteId))
                .as("the history is kept")
                .isEqualTo(2);
        assertThat(votes.get(voteId).voted()).isEqualTo(1);
    }

    @Test
    void outsidersCannotVoteANoNeedsAReasonWhenRequiredAndNothingIsRecordedOnRefusal() {
        String subject = startVote(60, true);
        electorate();
        long voteId = voteIdOf(subject);

        Fixtures.signIn(f.otherLeader());
        assertThatThrownBy(() -> votes.cast(voteId, Choice.YES, null))
                .isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(f.applicant());
        assertThatThrownBy(() -> votes.cast(voteId, Choice.YES, null))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.member());
        TaskDetails task = myVoteTask(f.member());
        assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("choice", "NO", "reason", " ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.vote.reasonRequired");
        assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("choice", "MAYBE")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.vote.choiceRequired");
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from vote_ballot where vote_id = ?",
                                Integer.class,
                                voteId))
                .isZero();
        assertThat(inbox.get(task.id()).status()).isEqualTo(org.sangsaeng.tasks.TaskStatus.OPEN);
    }

    @Test
    void twoVotesCastAtOnceByOneMemberLeaveOneThatCounts() throws Exception {
        String subject = startVote(60, false);
        electorate();
        long voteId = voteIdOf(subject);
        var member = f.member();

        CompletableFuture<?>[] both =
                List.of(Choice.YES, Choice.NO).stream()
                        .map(
                                choice ->
                                        CompletableFuture.runAsync(
                                                () -> {
                                                    Fixtures.signIn(member);
                                                    votes.cast(voteId, choice, "동시에");
                                                }))
                        .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(both).get();

        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from vote_ballot where vote_id = ? and current_marker = 1",
                                Integer.class,
                                voteId))
                .isEqualTo(1);
        Fixtures.signIn(member);
        assertThat(votes.get(voteId).voted()).isEqualTo(1);
    }

    @Test
    void ballotsCastWhileTheVoteClosesAreEitherCountedOrRefusedNeverLost() throws Exception {
        String subject = startVote(0, false);
        List<String> members = electorate();
        long voteId = voteIdOf(subject);

        List<CompletableFuture<String>> casts =
                members.stream()
                        .map(
                                member ->
                                        CompletableFuture.supplyAsync(
                                                () -> {
                                                    Fixtures.signIn(member);
                                                    try {
                                                        votes.cast(voteId, Choice.YES, null);
                                                        return "counted";
                                                    } catch (BusinessException e) {
                                                        return e.getMessage();
                                                    } finally {
                                                        Fixtures.signOut();
                                                    }
                                                }))
                        .toList();
        VoteClosed closed = CompletableFuture.supplyAsync(() -> votes.close(voteId)).get();
        List<String> answers = new ArrayList<>();
        for (CompletableFuture<String> c : casts) {
            answers.add(c.get());
        }

        assertThat(answers).allMatch(a -> a.equals("counted") || a.equals("error.vote.closed"));
        long counted = answers.stream().filter("counted"::equals).count();
        assertThat(closed.yes())
                .as("every ballot that was accepted is in the result")
                .isEqualTo((int) counted);
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from vote_ballot where vote_id = ?",
                                Integer.class,
                                voteId))
                .as("no ballot stored after the vote closed")
                .isEqualTo((int) counted);
    }

    @Test
    void afterTheVoteClosesNobodyCanVoteAndANoQuorumIsRecorded() {
        String subject = startVote(60, false);
        electorate();
        long voteId = voteIdOf(subject);
        vote(f.member(), "YES", null);

        VoteClosed closed = votes.close(voteId);
        assertThat(closed.outcome()).as("1 of 5 voted, 3 needed").isEqualTo(Outcome.NO_QUORUM);
        assertThat(votes.close(voteId)).as("closing again changes nothing").isEqualTo(closed);

        Fixtures.signIn(f.leader());
        assertThatThrownBy(() -> votes.cast(voteId, Choice.YES, null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.vote.closed");
    }

    @Test
    void aBallotThroughTheApiCompletesTheVoteTaskSoNoReminderComesAndAChangeAfterwardsCountsOnce() {
        // Given a vote whose reminder goes to those who have not voted 30 seconds from now
        String subject = "test-vote-" + UUID.randomUUID();
        MemberVotes.start(
                engine,
                subject,
                f.coopId(),
                "추석 대비 밀가루 공동구매",
                0,
                false,
                Instant.now().plusSeconds(150),
                Duration.ofSeconds(120));
        electorate();
        long voteId = voteIdOf(subject);
        TaskDetails task = myVoteTask(f.member());
        BadInput api = new BadInput(port, jdbc);

        // When the member votes through the API, not through the task
        api.ok("POST", "/api/v1/votes/" + voteId + "/ballot", f.member(), "{\"choice\":\"YES\"}");

        // Then the task is done, by them, and gone from their list
        Fixtures.signIn(f.member());
        assertThat(inbox.myTasks(new TaskFilter(null, "member-vote"), 0, 50)).isEmpty();
        TaskDetails done = inbox.get(task.id());
        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.completedBy()).isEqualTo(f.member());
        assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("choice", "YES")))
                .as("the task form cannot count the ballot a second time")
                .isInstanceOf(BusinessException.class);

        // And they may still change their ballot, which counts once
        api.ok(
                "POST",
                "/api/v1/votes/" + voteId + "/ballot",
                f.member(),
                "{\"choice\":\"NO\",\"reason\":\"비쌉니다\"}");
        VoteDetails mine = votes.get(voteId);
        assertThat(mine.myChoice()).isEqualTo(Choice.NO);
        assertThat(mine.voted()).isEqualTo(1);
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from vote_ballot where vote_id = ?",
                                Integer.class,
                                voteId))
                .as("both ballots are in the history")
                .isEqualTo(2);

        // And the reminder reaches those who have not voted, not them
        await().atMost(Duration.ofSeconds(120)).until(() -> reminders(f.leader(), subject) > 0);
        assertThat(reminders(f.member(), subject)).isZero();
        VoteClosed closed = votes.close(voteId);
        assertThat(List.of(closed.yes(), closed.no(), closed.abstain())).containsExactly(0, 1, 0);
    }

    /** Reminders a member got about their task of the vote on this subject. */
    private int reminders(String member, String subject) {
        return jdbc.queryForObject(
                """
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                 where u.username = ? and n.dedup_key like 'task-reminder:%'
                   and n.link in (select concat('tasks/', t.job_key) from task t where t.business_key = ?)
                """,
                Integer.class, member, subject);
    }

    private String startVote(int quorumPercent, boolean reasonForNo) {
        String subject = "test-vote-" + UUID.randomUUID();
        MemberVotes.start(
                engine, subject, f.coopId(), "밀가루 공동구매 (20kg 40포대)", quorumPercent, reasonForNo);
        return subject;
    }

    private List<String> electorate() {
        List<String> all = new ArrayList<>(List.of(f.leader(), f.member()));
        all.addAll(extraMembers);
        for (String member : all) {
            myVoteTask(member);
        }
        return all;
    }

    private long voteIdOf(String subject) {
        return jdbc.queryForObject(
                "select id from vote where subject_key = ?", Long.class, subject);
    }

    private TaskDetails myVoteTask(String member) {
        return MemberVotes.awaitVoteTask(inbox, member);
    }

    private void vote(String member, String choice, String reason) {
        TaskDetails task = myVoteTask(member);
        Map<String, Object> form = new HashMap<>();
        form.put("choice", choice);
        if (reason != null) {
            form.put("reason", reason);
        }
        inbox.complete(task.id(), form);
    }
}
