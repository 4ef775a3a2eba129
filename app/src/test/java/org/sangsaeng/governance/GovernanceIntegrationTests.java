package org.sangsaeng.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.board.BoardQuery;
import org.sangsaeng.board.BoardService;
import org.sangsaeng.board.PostKind;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.tasks.TaskStatus;
import org.sangsaeng.voting.ApprovalRule;
import org.sangsaeng.voting.Outcome;
import org.sangsaeng.voting.VoteService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * General proposals, the decision log and versioned co-op rules, through our services, task inbox
 * and workers.
 */
class GovernanceIntegrationTests extends CoopTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired CoopProposalService proposals;
    @Autowired CoopRulesService rules;
    @Autowired BoardService board;
    @Autowired VoteService votes;
    @Autowired TaskInbox inbox;
    @Autowired io.camunda.client.CamundaClient camunda;

    String foundation;
    List<String> members = new ArrayList<>();

    @BeforeEach
    void givenACoopOfFour() {
        members.add(f.leader());
        members.add(f.member());
        members.addAll(
                f.addMembers(accounts, 2, "merchant", "상인", BusinessType.SIDE_DISHES, "반찬가게"));
        foundation = Fixtures.addFoundationOfficer(accounts, "foundation");
    }

    @Test
    void aPassedRuleChangeBecomesTheNextVersionAndIsLoggedAndPostedOnTheBoard() {
        RuleSet stricter =
                new RuleSet(
                        75,
                        ApprovalRule.SIMPLE_MAJORITY,
                        null,
                        true,
                        48,
                        12,
                        24,
                        5,
                        3,
                        JobPostReview.FOUNDATION,
                        20_000,
                        48,
                        null,
                        null,
                        null);
        long id = propose(f.member(), "투표 정족수를 75%로", "요즘 참여가 적어 결정이 약합니다.", stricter);

        review(id, true, null);
        awaitState(id, ProposalState.VOTING);
        members.forEach(m -> vote(m, "YES"));
        awaitState(id, ProposalState.PASSED);

        Fixtures.signIn(f.member());
        RulesVersion now = rules.current(f.coopId());
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.rules()).isEqualTo(stricter);
        assertThat(now.proposalId()).isEqualTo(id);
        assertThat(rules.history(f.coopId()))
                .extracting(RulesVersion::version)
                .containsExactly(2, 1);

        assertThat(proposals.decisions(f.coopId()))
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.proposalId()).isEqualTo(id);
                            assertThat(d.outcome()).isEqualTo(Outcome.PASSED);
                            assertThat(d.yes()).isEqualTo(4);
                            assertThat(d.electorate()).isEqualTo(4);
                            assertThat(d.turnoutPercent()).isEqualTo(100);
                            assertThat(d.adoptedRulesVersion()).isEqualTo(2);
                        });
        assertThat(board.list(new BoardQuery(f.coopId(), PostKind.DECISION, null, 0, 20)))
                .singleElement()
                .satisfies(p -> assertThat(p.title()).isEqualTo("[가결] 투표 정족수를 75%로"));
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                                        + " WHERE n.dedup_key = ? AND u.username IN (?, ?, ?, ?)",
                                Integer.class,
                                "proposal-decided:" + id,
                                members.get(0),
                                members.get(1),
                                members.get(2),
                                members.get(3)))
                .isEqualTo(4);
    }

    @Test
    void aProposalStartedUnderVersionOneIsStillDecidedByItAfterVersionTwoPasses() {
        long general = propose(f.member(), "장날 공동 할인 행사", "매달 첫 토요일에 10% 할인 행사를 함께 합시다.", null);
        RuleSet threeQuarters =
                RuleSetDraft.defaultsWith(
                        r -> {
                            r.approvalRule = ApprovalRule.SHARE;
                            r.requiredSharePercent = 75;
                        });
        long ruleChange =
                propose(members.get(2), "가결 요건을 찬성 75%로", "중요한 결정은 더 많은 찬성으로.", threeQuarters);
        review(ruleChange, true, null);
        awaitState(ruleChange, ProposalState.VOTING);
        members.forEach(m -> vote(m, "YES"));
        awaitState(ruleChange, ProposalState.PASSED);
        Fixtures.signIn(f.member());
        assertThat(rules.current(f.coopId()).version()).isEqualTo(2);

        // The general proposal was made under version 1 (simple majority): 2 yes, 1 no passes
        // there,
        // while version 2 (75 % of yes and no) would fail it.
        review(general, true, null);
        awaitState(general, ProposalState.VOTING);
        vote(members.get(0), "YES");
        vote(members.get(1), "YES");
        vote(members.get(2), "NO");
        vote(members.get(3), "ABSTAIN");
        awaitState(general, ProposalState.PASSED);

        Fixtures.signIn(f.member());
        CoopProposalDetails decided = proposals.get(general);
        assertThat(decided.rulesVersion()).isEqualTo(1);
        assertThat(votes.get(decided.voteId()).rules().rule())
                .isEqualTo(ApprovalRule.SIMPLE_MAJORITY);
        assertThat(rules.current(f.coopId()).version())
                .as("a general proposal changes no rule")
                .isEqualTo(2);
    }

    @Test
    void aDeclinedProposalTellsItsAuthorWhyAndIsNeverVotedOn() {
        long id = propose(f.member(), "주차장 공동 임대", "손님 주차 공간이 부족합니다.", null);
        TaskDetails task = taskOf(f.leader(), "coop-proposal-review");
        assertThatThrownBy(
                        () -> inbox.complete(task.id(), Map.of("accepted", false, "reason", " ")))
                .hasMessage("error.proposal.reasonRequired");

        review(id, false, "시 보조사업 공고가 나오면 다시 논의합시다.");
        awaitState(id, ProposalState.DECLINED);

        Fixtures.signIn(f.member());
        CoopProposalDetails declined = proposals.get(id);
        assertThat(declined.declineReason()).isEqualTo("시 보조사업 공고가 나오면 다시 논의합시다.");
        assertThat(declined.voteId()).isNull();
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT COUNT(*) FROM notification n JOIN app_user u"
                                                        + " ON u.id = n.recipient_id WHERE u.username = ? AND n.dedup_key = ?",
                                                Integer.class,
                                                f.member(),
                                                "proposal-declined:" + id)
                                        == 1);
        assertThat(proposals.decisions(f.coopId())).isEmpty();
    }

    @Test
    void aLeadersOwnProposalIsReviewedByTheFoundationNotByTheLeaders() {
        String deputy = "deputy-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.addMembership(
                f.coopId(),
                accounts.createAccount(deputy, Fixtures.PASSWORD, "이부조합장", Set.of()),
                true,
                BusinessType.FRUIT,
                "싱싱과일");
        long id = propose(f.leader(), "공동 간판 교체", "시장 입구 간판을 함께 바꿉시다.", null);
        TaskDetails task = taskOf(foundation, "coop-proposal-review", id);

        Fixtures.signIn(f.leader());
        assertThat(find("coop-proposal-review", id)).as("not in the author's task list").isNull();
        assertThatThrownBy(() -> proposals.review(id, true, null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("error.proposal.ownProposal");
        Fixtures.signIn(deputy);
        assertThat(find("coop-proposal-review", id)).as("nor in a fellow leader's").isNull();
        assertThat(proposals.get(id).state()).isEqualTo(ProposalState.PROPOSED);

        review(foundation, id, true, null);
        assertThat(inbox.get(task.id()).status()).isEqualTo(TaskStatus.COMPLETED);
        awaitState(id, ProposalState.VOTING);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT u.username FROM coop_proposal p JOIN app_user u ON u.id = p.reviewed_by"
                                        + " WHERE p.id = ?",
                                String.class,
                                id))
                .isEqualTo(foundation);
    }

    @Test
    void theAuthorWithdrawsBeforeTheReviewAndTheLeaderCanNoLongerAcceptIt() {
        long id = propose(f.member(), "공동 배달 도우미", "장날에 배달 도우미를 함께 씁시다.", null);
        TaskDetails task = taskOf(f.leader(), "coop-proposal-review");

        Fixtures.signIn(members.get(2));
        assertThatThrownBy(() -> proposals.withdraw(id)).isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(f.member());
        assertThat(proposals.withdraw(id).state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThatThrownBy(() -> proposals.withdraw(id))
                .hasMessage("error.proposal.notWithdrawable");

        Fixtures.signIn(f.leader());
        assertThatThrownBy(() -> inbox.complete(task.id(), Map.of("accepted", true)))
                .isInstanceOf(BusinessException.class);
        Fixtures.signIn(f.member());
        assertThat(proposals.get(id).state()).isEqualTo(ProposalState.WITHDRAWN);
    }

    @Test
    void aReviewOfATaskTheEngineHasEndedIsNotTakenChangesNothingAndTheLeaderIsTold() {
        long id = propose(f.member(), "공동 포장재 구매", "포장 상자를 함께 삽시다.", null);
        TaskDetails task = taskOf(f.leader(), "coop-proposal-review");
        Fixtures.signIn(f.member());
        camunda.newCancelInstanceCommand(
                        jdbc.queryForObject(
                                "SELECT process_instance_key FROM coop_proposal WHERE id = ?",
                                Long.class,
                                id))
                .send()
                .join();

        Fixtures.signIn(f.leader());
        assertThat(inbox.complete(task.id(), Map.of("accepted", true)).status())
                .as("saved at once: the engine is asked after commit")
                .isEqualTo(TaskStatus.COMPLETED);
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> inbox.get(task.id()).status() == TaskStatus.NOT_TAKEN);
        Fixtures.signIn(f.member());
        assertThat(proposals.get(id).state())
                .as("the review's change no longer stands")
                .isEqualTo(ProposalState.PROPOSED);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM notification WHERE dedup_key = ?",
                                Integer.class,
                                "task-not-taken:" + task.id()))
                .as("the leader is told in the app")
                .isEqualTo(1);
    }

    @Test
    void anAcceptedProposalCanNoLongerBeWithdrawnAndEachMemberVotesOnce() {
        long id = propose(f.member(), "공동 전단지 제작", "추석 대목 전단지를 함께 만듭시다.", null);
        review(id, true, null);
        awaitState(id, ProposalState.VOTING);
        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> proposals.withdraw(id))
                .hasMessage("error.proposal.notWithdrawable");

        TaskDetails ballot = taskOf(f.member(), "member-vote");
        inbox.complete(ballot.id(), Map.of("choice", "YES"));
        assertThatThrownBy(() -> inbox.complete(ballot.id(), Map.of("choice", "YES")))
                .hasMessage("error.task.notOpen");
        Fixtures.signIn(f.member());
        assertThat(votes.get(voteOf(id)).voted()).isEqualTo(1);
    }

    @Test
    void badProposalsAndRuleChangesAreRefusedAndChangeNothing() {
        Fixtures.signIn(f.applicant());
        assertThatThrownBy(
                        () -> proposals.propose(new CoopProposalForm(f.coopId(), "제목", "내용", null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("error.proposal.membersOnly");
        Fixtures.signIn(f.otherLeader());
        assertThatThrownBy(
                        () -> proposals.propose(new CoopProposalForm(f.coopId(), "제목", "내용", null)))
                .isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(f.member());
        assertThatThrownBy(
                        () -> proposals.propose(new CoopProposalForm(f.coopId(), " ", "내용", null)))
                .hasMessage("error.proposal.title");
        assertThatThrownBy(
                        () ->
                                proposals.propose(
                                        new CoopProposalForm(
                                                f.coopId(), "제목", "가".repeat(100_000), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.text.tooLong");
        assertThatThrownBy(
                        () ->
                                proposals.propose(
                                        new CoopProposalForm(
                                                f.coopId(),
                                                "제목",
                                                "내용",
                                                RuleSetDraft.defaultsWith(
                                                        r -> {
                                                            r.voteHours = 24;
                                                            r.reminderLeadHours = 48;
                                                            r.couponFoundationThresholdWon = 0;
                                                        }))))
                .hasMessage("error.rules.reminderAfterStart");
        assertThat(proposals.ofCoop(f.coopId())).isEmpty();

        RulesChange change =
                new RulesChange(RuleSetDraft.defaultsWith(r -> r.quorumPercent = 60), "조합원 요청");
        assertThatThrownBy(() -> rules.change(f.coopId(), change))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("error.rules.changeOnlyByProposal");
        Fixtures.signIn(f.leader());
        assertThatThrownBy(() -> rules.change(f.coopId(), change))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rules.current(f.coopId()).version()).isEqualTo(1);

        Fixtures.signIn(foundation);
        assertThatThrownBy(() -> rules.change(f.coopId(), new RulesChange(change.rules(), " ")))
                .hasMessage("error.rules.noteRequired");
        RulesVersion second = rules.change(f.coopId(), change);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.adoptedBy()).isEqualTo("상권재단");
        assertThat(rules.history(f.coopId()))
                .extracting(RulesVersion::version)
                .containsExactly(2, 1);
    }

    private long propose(String who, String title, String body, RuleSet ruleSet) {
        Fixtures.signIn(who);
        return proposals.propose(new CoopProposalForm(f.coopId(), title, body, ruleSet)).id();
    }

    private void review(long proposalId, boolean accept, String reason) {
        review(f.leader(), proposalId, accept, reason);
    }

    private void review(String leader, long proposalId, boolean accept, String reason) {
        TaskDetails task = taskOf(leader, "coop-proposal-review", proposalId);
        inbox.complete(
                task.id(),
                reason == null
                        ? Map.of("accepted", accept)
                        : Map.of("accepted", accept, "reason", reason));
    }

    private void vote(String member, String choice) {
        TaskDetails task = taskOf(member, "member-vote");
        inbox.complete(task.id(), Map.of("choice", choice));
    }

    private long voteOf(long proposalId) {
        return jdbc.queryForObject(
                "SELECT id FROM vote WHERE subject_key = ?",
                Long.class,
                "coop-proposal-" + proposalId);
    }

    private TaskDetails taskOf(String user, String formKey) {
        return taskOf(user, formKey, null);
    }

    private TaskDetails taskOf(String user, String formKey, Long proposalId) {
        Fixtures.signIn(user);
        await().pollInSameThread().atMost(WAIT).until(() -> find(formKey, proposalId) != null);
        return find(formKey, proposalId);
    }

    private TaskDetails find(String formKey, Long proposalId) {
        return inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                .filter(t -> formKey.equals(t.formKey()))
                .filter(
                        t ->
                                proposalId == null
                                        || ("coop-proposal-" + proposalId).equals(t.businessKey()))
                .findFirst()
                .orElse(null);
    }

    private void awaitState(long id, ProposalState state) {
        Fixtures.signIn(f.leader());
        await().pollInSameThread().atMost(WAIT).until(() -> proposals.get(id).state() == state);
    }
}
