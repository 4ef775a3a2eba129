package org.sangsaeng.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.governance.CoopProposalForm;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.NotificationKind;
import org.sangsaeng.notifications.NotificationSettings;
import org.sangsaeng.notifications.Preferences;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;

/** The co-op board and its weekly digest on a real MariaDB. */
class BoardIntegrationTests extends CoopTest {

    @Autowired BoardService board;
    @Autowired WeeklyDigest digest;
    @Autowired CoopProposalService proposals;
    @Autowired NotificationSettings notificationSettings;

    @Test
    void membersShareInformationWithLinksCommentAndMarkItUseful() {
        Fixtures.signIn(f.member());
        PostDetails info =
                board.post(
                        f.coopId(),
                        new PostForm(
                                PostKind.INFO,
                                "성남시 소상공인 보조금 공고",
                                "<b>신청 마감</b> 12월 15일. 자세한 건 https://www.seongnam.go.kr 참고",
                                List.of(
                                        new PostForm.LinkForm(
                                                "https://www.seongnam.go.kr/notice/123",
                                                "성남시 공고"))));
        assertThat(info.body()).as("markup is kept as text").startsWith("<b>신청 마감</b>");
        assertThat(info.links())
                .extracting(PostForm.LinkForm::url)
                .containsExactly("https://www.seongnam.go.kr/notice/123");
        PostDetails question =
                board.post(
                        f.coopId(),
                        new PostForm(
                                PostKind.QUESTION,
                                "카드 단말기 어디서 바꾸셨어요?",
                                "수수료 싼 곳 아시면 알려 주세요.",
                                null));

        Fixtures.signIn(f.leader());
        board.comment(question.id(), "상권재단에서 단말기 지원 사업을 합니다.");
        board.markUseful(info.id(), true);
        board.markUseful(info.id(), true);
        PostDetails notice =
                board.post(
                        f.coopId(),
                        new PostForm(
                                PostKind.NOTICE, "12월 정기총회 안내", "12월 20일 오후 7시, 시장 회의실", null));
        board.pin(notice.id(), true);

        Fixtures.signIn(f.member());
        List<PostSummary> all = board.list(new BoardQuery(f.coopId(), null, null, 0, 20));
        assertThat(all)
                .extracting(PostSummary::title)
                .containsExactly("12월 정기총회 안내", "카드 단말기 어디서 바꾸셨어요?", "성남시 소상공인 보조금 공고");
        assertThat(all.getFirst().pinned()).isTrue();
        assertThat(all.get(1).comments()).isEqualTo(1);
        assertThat(all.get(2).usefulMarks())
                .as("marked twice by one member counts once")
                .isEqualTo(1);
        assertThat(board.list(new BoardQuery(f.coopId(), PostKind.QUESTION, null, 0, 20)))
                .extracting(PostSummary::title)
                .containsExactly("카드 단말기 어디서 바꾸셨어요?");
        assertThat(board.list(new BoardQuery(f.coopId(), null, "보조금", 0, 20)))
                .extracting(PostSummary::title)
                .containsExactly("성남시 소상공인 보조금 공고");
        assertThat(board.list(new BoardQuery(f.coopId(), null, "100%", 0, 20))).isEmpty();
        assertThat(board.count(new BoardQuery(f.coopId(), null, null, 0, 20))).isEqualTo(3);
        assertThat(board.get(question.id()).comments())
                .singleElement()
                .satisfies(c -> assertThat(c.authorName()).isEqualTo("김조합장"));
    }

    @Test
    void badPostsAndCommentsAreRefusedAndChangeNothing() {
        Fixtures.signIn(f.member());
        assertThatThrownBy(
                        () -> board.post(f.coopId(), new PostForm(PostKind.INFO, "제목", "  ", null)))
                .hasMessage("error.post.body");
        assertThatThrownBy(
                        () ->
                                board.post(
                                        f.coopId(),
                                        new PostForm(
                                                PostKind.INFO, "제목", "가".repeat(100_000), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.text.tooLong");
        assertThatThrownBy(() -> postWithLink("javascript:alert(1)", "클릭"))
                .hasMessage("error.post.link");
        assertThatThrownBy(() -> postWithLink("ftp://files.example.com/a", null))
                .hasMessage("error.post.link");
        assertThatThrownBy(
                        () ->
                                board.post(
                                        f.coopId(),
                                        new PostForm(PostKind.DECISION, "제목", "내용", null)))
                .hasMessage("error.post.kind");
        assertThatThrownBy(() -> board.post(f.coopId(), new PostForm(null, "제목", "내용", null)))
                .hasMessage("error.post.kind");
        PostDetails mine = board.post(f.coopId(), new PostForm(PostKind.INFO, "제목", "내용", null));
        assertThatThrownBy(() -> board.pin(mine.id(), true))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.otherLeader());
        assertThatThrownBy(() -> board.comment(mine.id(), "다른 조합에서 댓글"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> board.post(f.coopId(), new PostForm(PostKind.INFO, "제목", "내용", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> board.list(new BoardQuery(f.coopId(), null, null, 0, 20)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> board.delete(mine.id())).isInstanceOf(NotFoundException.class);

        String foundation = Fixtures.addFoundationOfficer(accounts, "foundation");
        Fixtures.signIn(foundation);
        assertThat(board.get(mine.id()).mayComment())
                .as("the foundation reads, members write")
                .isFalse();
        assertThatThrownBy(() -> board.comment(mine.id(), "재단 댓글"))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> board.comment(mine.id(), "")).hasMessage("error.post.comment");
        assertThat(board.get(mine.id()).comments()).isEmpty();
        assertThat(board.list(new BoardQuery(f.coopId(), null, null, 0, 20))).hasSize(1);
        board.delete(mine.id());
        assertThat(board.list(new BoardQuery(f.coopId(), null, null, 0, 20))).isEmpty();
    }

    @Test
    void theWeeklyDigestListsTheWeeksPostsAndOpenProposalsToMembersWhoAskedForIt() {
        Fixtures.signIn(f.member());
        board.subscribeDigest(f.coopId(), true);
        Preferences p = notificationSettings.myPreferences();
        var channels = new EnumMap<>(p.channels());
        channels.put(NotificationKind.NEWS, Set.of(Channel.KAKAO));
        notificationSettings.updateMyPreferences(
                new Preferences(
                        null, "010-2345-6789", channels, p.quietFrom(), p.quietUntil(), false));
        PostDetails old =
                board.post(
                        f.coopId(),
                        new PostForm(PostKind.INFO, "지난달 도매가 정보", "배추 한 망 9,000원", null));
        jdbc.update(
                "UPDATE board_post SET created_at = created_at - INTERVAL 8 DAY WHERE id = ?",
                old.id());
        board.post(f.coopId(), new PostForm(PostKind.INFO, "이번 주 도매가 정보", "배추 한 망 11,000원", null));
        proposals.propose(new CoopProposalForm(f.coopId(), "장날 공동 할인 행사", "첫 토요일 10% 할인", null));
        Fixtures.signIn(f.otherLeader());
        board.post(f.otherCoopId(), new PostForm(PostKind.INFO, "다른 조합 소식", "비밀", null));
        Fixtures.signOut();

        digest.send();
        digest.send();

        List<String> bodies =
                jdbc.queryForList(
                        "SELECT n.body FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                                + " WHERE u.username = ? AND n.dedup_key LIKE 'board-digest:%'",
                        String.class, f.member());
        assertThat(bodies)
                .as("one digest a week, however often it runs")
                .singleElement()
                .satisfies(
                        body ->
                                assertThat(body)
                                        .contains("이번 주 도매가 정보", "장날 공동 할인 행사")
                                        .doesNotContain("지난달 도매가 정보", "다른 조합 소식"));
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                                        + " WHERE u.username = ? AND n.dedup_key LIKE 'board-digest:%'",
                                Integer.class, f.leader()))
                .as("the leader did not ask for it")
                .isZero();
        assertThat(
                        jdbc.queryForList(
                                "SELECT o.channel FROM outbox_message o JOIN app_user u ON u.id = o.recipient_id"
                                        + " WHERE u.username = ? AND o.subject LIKE '%주간 소식%'",
                                String.class, f.member()))
                .as("sent once through the outbox on the member's channel for news")
                .containsExactly("KAKAO");

        Fixtures.signIn(f.member());
        board.subscribeDigest(f.coopId(), false);
        assertThat(board.digestSubscribed(f.coopId())).isFalse();
    }

    private PostDetails postWithLink(String url, String label) {
        return board.post(
                f.coopId(),
                new PostForm(
                        PostKind.INFO, "제목", "내용", List.of(new PostForm.LinkForm(url, label))));
    }
}
