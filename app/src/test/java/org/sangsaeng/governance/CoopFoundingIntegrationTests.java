package org.sangsaeng.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Five merchants found a co-op end to end, through our services, task inbox and workers on the
 * in-memory engine and MariaDB: the founders confirm, the foundation approves, the co-op exists
 * with rules version 1 and five members, the members elect their leader, who then has the leader's
 * tasks. Bad proposals, answers, ballots and elections are refused and change nothing.
 */
class CoopFoundingIntegrationTests extends BadInputTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String RULES =
            "{\"quorumPercent\":50,\"approvalRule\":\"SIMPLE_MAJORITY\",\"reasonRequiredForNo\":false,"
                    + "\"voteHours\":72,\"reminderLeadHours\":24,\"supplierAnswerHours\":48,\"paymentDueDays\":7,"
                    + "\"priceRiseLimitPercent\":5,\"jobPostReview\":\"LEADER\",\"couponFoundationThresholdWon\":10000,"
                    + "\"decisionHours\":48}";

    @Autowired CoopFoundingService foundings;
    @Autowired LeaderElectionService elections;
    @Autowired TaskInbox inbox;

    List<String> founders = new ArrayList<>();
    String foundation;
    String outsider;
    long marketId;
    String name;

    @BeforeEach
    void givenFiveMerchantsWithoutACoop() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            String username = "founder" + i + "-" + s;
            accounts.createAccount(username, Fixtures.PASSWORD, "발기인" + i, Set.of());
            founders.add(username);
        }
        outsider = "outsider-" + s;
        accounts.createAccount(outsider, Fixtures.PASSWORD, "오외부", Set.of());
        foundation = "fd-" + s;
        accounts.createAccount(foundation, Fixtures.PASSWORD, "상권재단", Set.of(Role.FOUNDATION));
        marketId =
                jdbc.queryForObject(
                        "SELECT market_id FROM coop WHERE id = ?", Long.class, f.coopId());
        name = "모란 상인협동조합 " + s;
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void fiveMerchantsFoundACoopAndElectTheirLeaderWhoThenHasTheLeadersTasks() {
        long id = propose();
        List<String> others = founders.subList(1, 5);
        Map<String, TaskDetails> confirms =
                others.stream()
                        .collect(Collectors.toMap(u -> u, u -> taskOf(u, "coop-founding-confirm")));

        Fixtures.signIn(others.get(0));
        assertThatThrownBy(
                        () ->
                                inbox.complete(
                                        confirms.get(others.get(1)).id(),
                                        Map.of("confirmed", true)))
                .as("a founder cannot confirm for another");
        assertThatThrownBy(() -> foundings.answer(id, others.get(1), true, null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("error.founding.notYourTask");
        others.forEach(
                u -> {
                    Fixtures.signIn(u);
                    inbox.complete(confirms.get(u).id(), Map.of("confirmed", true));
                });
        Fixtures.signIn(founders.get(0));
        assertThat(foundings.get(id).confirmedCount()).isEqualTo(5);

        TaskDetails review = taskOf(foundation, "coop-founding-review");
        Fixtures.signIn(foundation);
        inbox.complete(review.id(), Map.of("approved", true));
        Fixtures.signIn(founders.get(0));
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> foundings.get(id).state() == FoundingState.FOUNDED);
        long coopId = foundings.get(id).coopId();

        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM membership WHERE coop_id = ? AND status = 'ACTIVE'"
                                        + " AND role = 'MEMBER'",
                                Integer.class,
                                coopId))
                .as("five members, no leader yet")
                .isEqualTo(5);
        assertThat(
                        jdbc.queryForMap(
                                "SELECT version, quorum_percent, vote_hours FROM coop_rules WHERE coop_id = ?",
                                coopId))
                .containsEntry("version", 1)
                .containsEntry("quorum_percent", 50)
                .containsEntry("vote_hours", 72);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT actor FROM admin_change WHERE subject = 'COOP' AND subject_id = ?"
                                        + " AND action = 'CREATED'",
                                String.class,
                                coopId))
                .isEqualTo(foundation);

        // Someone applies while the members vote: the review is the leader group's, nobody's yet.
        bad.ok(
                "POST",
                "/api/v1/coops/" + coopId + "/applications",
                outsider,
                "{\"businessType\":\"LAUNDRY\",\"shopName\":\"깨끗한 세탁소\",\"message\":\"함께해요\"}");
        TaskDetails ballot = taskOf(founders.get(2), "member-vote");
        Fixtures.signIn(founders.get(2));
        assertThatThrownBy(() -> inbox.complete(ballot.id(), Map.of("candidate", outsider)))
                .hasMessage("error.election.notCandidate");
        assertThatThrownBy(() -> inbox.complete(ballot.id(), Map.of("choice", "YES")))
                .hasMessage("error.election.candidateRequired");
        String winner = founders.get(1);
        vote(founders.get(0), winner);
        vote(founders.get(1), winner);
        vote(founders.get(2), winner);
        vote(founders.get(3), founders.get(0));
        vote(founders.get(4), null);

        Fixtures.signIn(founders.get(0));
        await().pollInSameThread()
                .atMost(WAIT)
                .until(
                        () ->
                                foundings.get(id).election() != null
                                        && foundings.get(id).election().state()
                                                == ElectionState.ELECTED);
        assertThat(foundings.get(id).election().leaderUsername()).isEqualTo(winner);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT u.username FROM membership m JOIN app_user u ON u.id = m.user_id"
                                        + " WHERE m.coop_id = ? AND m.role = 'LEADER'",
                                String.class,
                                coopId))
                .isEqualTo(winner);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT actor FROM admin_change WHERE subject = 'COOP' AND subject_id = ?"
                                        + " AND action = 'LEADER_APPOINTED'",
                                String.class,
                                coopId))
                .isEqualTo(ElectionSteps.ELECTED_BY_VOTE);
        assertThat(taskOf(winner, "membership-review").businessKey())
                .startsWith("membership-application-");
        Fixtures.signIn(founders.get(0));
        assertThat(inbox.myTasks(TaskFilter.none(), 0, 100))
                .noneMatch(t -> "membership-review".equals(t.formKey()));

        // The new leader calls the next election: only members stand.
        String elections = "/api/v1/coops/" + coopId + "/elections";
        Supplier<?> none = bad.rows("SELECT id FROM leader_election WHERE coop_id = ?", coopId);
        String deadline = Instant.now().plus(Duration.ofDays(3)).toString();
        bad.refused(
                400,
                "POST",
                elections,
                winner,
                election(List.of(founders.get(0), outsider), deadline),
                none);
        bad.refused(
                400,
                "POST",
                elections,
                winner,
                election(List.of(founders.get(0), founders.get(0)), deadline),
                none);
        bad.refused(400, "POST", elections, winner, election(List.of(), deadline), none);
        bad.refused(
                403,
                "POST",
                elections,
                founders.get(3),
                election(List.of(founders.get(0)), deadline),
                none);
        bad.ok(
                "POST",
                elections,
                winner,
                election(List.of(founders.get(0), founders.get(3)), deadline));
    }

    @Test
    void oneFounderWhoDeclinesEndsTheFoundingAndTheProposerMayProposeAgain() {
        long id = propose();
        TaskDetails mine = taskOf(founders.get(3), "coop-founding-confirm");
        Fixtures.signIn(founders.get(3));
        assertThatThrownBy(
                        () -> inbox.complete(mine.id(), Map.of("confirmed", false, "reason", " ")))
                .hasMessage("error.founding.reasonRequired");
        inbox.complete(mine.id(), Map.of("confirmed", false, "reason", "올해는 가게 일이 바빠서요"));

        Fixtures.signIn(founders.get(0));
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> foundings.get(id).state() == FoundingState.DECLINED);
        assertThat(foundings.get(id).reason()).isEqualTo("올해는 가게 일이 바빠서요");
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT COUNT(*) FROM notification WHERE dedup_key = ?",
                                                Integer.class,
                                                "founding-declined:" + id)
                                        == 5);
        // The engine cancelled the other founders' tasks; a late answer is refused by the founding
        // itself.
        TaskDetails late = taskOf(founders.get(1), "coop-founding-confirm");
        assertThatThrownBy(() -> inbox.complete(late.id(), Map.of("confirmed", true)))
                .hasMessage("error.founding.closed");
        assertThat(foundings.get(id).state()).isEqualTo(FoundingState.DECLINED);
        bad.ok("POST", "/api/v1/foundings", founders.get(0), proposal(name, founders));
    }

    @Test
    void badProposalsAreRefusedAndWriteNothing() {
        Supplier<?> nothing = bad.tables("coop_founding", "coop_founder");
        String path = "/api/v1/foundings";
        String proposer = founders.get(0);
        bad.refused(400, "POST", path, proposer, proposal(name, founders.subList(0, 4)), nothing);
        List<String> twice = new ArrayList<>(founders.subList(0, 4));
        twice.add(founders.get(1));
        bad.refused(400, "POST", path, proposer, proposal(name, twice), nothing);
        List<String> withOfficer = new ArrayList<>(founders.subList(0, 4));
        withOfficer.add(foundation);
        assertThat(bad.refusedPost(400, path, proposer, proposal(name, withOfficer), nothing))
                .contains(foundation);
        List<String> withoutMe = new ArrayList<>(founders.subList(1, 5));
        withoutMe.add(outsider);
        bad.refused(400, "POST", path, proposer, proposal(name, withoutMe), nothing);
        String taken =
                jdbc.queryForObject("SELECT name FROM coop WHERE id = ?", String.class, f.coopId());
        bad.refused(409, "POST", path, proposer, proposal(taken, founders), nothing);
        bad.refused(403, "POST", path, foundation, proposal(name, founders), nothing);
        bad.refusesGarbage("POST", path, proposer, nothing);
    }

    private void vote(String member, String candidate) {
        TaskDetails task = taskOf(member, "member-vote");
        Fixtures.signIn(member);
        inbox.complete(
                task.id(),
                candidate == null ? Map.of("choice", "ABSTAIN") : Map.of("candidate", candidate));
    }

    private String proposal(String coopName, List<String> who) {
        String list =
                who.stream()
                        .map(
                                u ->
                                        "{\"username\":"
                                                + BadInput.json(u)
                                                + ",\"businessType\":\""
                                                + BusinessType.BAKERY
                                                + "\",\"shopName\":"
                                                + BadInput.json(u + "네 가게")
                                                + "}")
                        .collect(Collectors.joining(","));
        return "{\"marketId\":"
                + marketId
                + ",\"name\":"
                + BadInput.json(coopName)
                + ",\"purpose\":\"모란시장 상인들의 공동구매\",\"rules\":"
                + RULES
                + ",\"founders\":["
                + list
                + "]}";
    }

    private static String election(List<String> candidates, String deadline) {
        return "{\"candidates\":["
                + candidates.stream().map(BadInput::json).collect(Collectors.joining(","))
                + "],\"deadline\":\""
                + deadline
                + "\"}";
    }

    private TaskDetails taskOf(String user, String formKey) {
        Fixtures.signIn(user);
        await().pollInSameThread().atMost(WAIT).until(() -> find(formKey) != null);
        return find(formKey);
    }

    private TaskDetails find(String formKey) {
        return inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                .filter(t -> formKey.equals(t.formKey()))
                .findFirst()
                .orElse(null);
    }

    /** The first founder proposes the co-op with all five; the founding's id. */
    private long propose() {
        return BadInput.id(
                bad.ok("POST", "/api/v1/foundings", founders.get(0), proposal(name, founders)));
    }
}
