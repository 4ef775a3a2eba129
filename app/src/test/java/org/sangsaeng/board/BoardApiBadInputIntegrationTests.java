package org.sangsaeng.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.web.BadInput.json;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;

/**
 * The board API refuses what it cannot take, changes nothing then, and keeps hostile text as text.
 */
class BoardApiBadInputIntegrationTests extends BadInputTest {

    static final String POST =
            "{\"kind\":\"INFO\",\"title\":\"배추 시세\",\"body\":\"도매시장 시세표\","
                    + "\"links\":[{\"url\":\"https://example.org/prices\",\"label\":\"시세표\"}]}";

    String posts;
    Supplier<?> board;

    @BeforeEach
    void givenACoop() {
        posts = "/api/v1/coops/" + f.coopId() + "/posts";
        board =
                bad.rows(
                        "select p.id, p.title, p.body, p.pinned, l.url, l.label, c.body comment,"
                                + " (select count(*) from board_useful_mark m where m.post_id = p.id) marks from board_post p"
                                + " left join board_post_link l on l.post_id = p.id left join board_comment c on c.post_id = p.id"
                                + " where p.coop_id = ? order by p.id, l.id, c.id",
                        f.coopId());
    }

    @Test
    void garbageIsRefusedOnEveryWriteEndpoint() {
        long id = BadInput.id(bad.ok("POST", posts, f.member(), POST));
        bad.refusesGarbage("POST", posts, f.member(), board);
        bad.refusesGarbage("POST", "/api/v1/posts/" + id + "/comments", f.member(), board);
        bad.refusesGarbage("PUT", "/api/v1/posts/" + id + "/useful", f.member(), board);
        bad.refusesGarbage("PUT", "/api/v1/posts/" + id + "/pinned", f.leader(), board);
        bad.refusesGarbage("PUT", "/api/v1/coops/" + f.coopId() + "/digest", f.member(), board);
    }

    static Stream<Arguments> badPosts() {
        return Stream.of(
                Arguments.of("unknown kind", "kind", "\"GOSSIP\""),
                Arguments.of("decision kind", "kind", "\"DECISION\""),
                Arguments.of("no kind", "kind", "null"),
                Arguments.of("title as object", "title", "{\"a\":1}"),
                Arguments.of("title too long", "title", json("가".repeat(201))),
                Arguments.of("blank body", "body", "\"  \""),
                Arguments.of("body too long", "body", json("가".repeat(10_001))),
                Arguments.of("script link", "links", "[{\"url\":\"javascript:alert(1)\"}]"),
                Arguments.of(
                        "data link",
                        "links",
                        "[{\"url\":\"data:text/html,<script>alert(1)</script>\"}]"),
                Arguments.of("no link address", "links", "[{\"label\":\"시세표\"}]"),
                Arguments.of("a null link", "links", "[null]"),
                Arguments.of("links as text", "links", "\"https://example.org\""),
                Arguments.of(
                        "too many links",
                        "links",
                        "["
                                + String.join(
                                        ",",
                                        java.util.Collections.nCopies(
                                                11, "{\"url\":\"https://example.org\"}"))
                                + "]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPosts")
    void badPostsAreRefusedWithAMessage(String what, String field, String value) {
        bad.refused(400, "POST", posts, f.member(), BadInput.with(POST, field, value), board);
    }

    @Test
    void strangersUnknownIdsAndOtherCoopsAreRefused() {
        long id = BadInput.id(bad.ok("POST", posts, f.member(), POST));
        bad.refused(403, "POST", posts, f.otherLeader(), POST, board);
        bad.refused(403, "POST", posts, f.applicant(), POST, board);
        bad.refused(404, "GET", "/api/v1/posts/" + id, f.otherLeader(), null, board);
        bad.refused(
                404,
                "POST",
                "/api/v1/posts/" + id + "/comments",
                f.otherLeader(),
                "{\"text\":\"안녕\"}",
                board);
        bad.refused(
                404,
                "PUT",
                "/api/v1/posts/" + id + "/useful",
                f.otherLeader(),
                "{\"value\":true}",
                board);
        bad.refused(404, "DELETE", "/api/v1/posts/" + id, f.otherLeader(), null, board);
        bad.refused(
                403,
                "PUT",
                "/api/v1/posts/" + id + "/pinned",
                f.member(),
                "{\"value\":true}",
                board);
        bad.refused(404, "GET", "/api/v1/posts/987654321", f.member(), null, board);
        bad.refused(404, "DELETE", "/api/v1/posts/987654321", f.member(), null, board);
        bad.refused(400, "GET", "/api/v1/posts/abc", f.member(), null, board);
        bad.refused(400, "GET", posts + "?kind=GOSSIP", f.member(), null, board);
        bad.refused(400, "GET", posts + "?limit=many", f.member(), null, board);
        bad.refused(
                400,
                "POST",
                "/api/v1/posts/" + id + "/comments",
                f.member(),
                "{\"text\":\"   \"}",
                board);
        bad.refused(
                400,
                "POST",
                "/api/v1/posts/" + id + "/comments",
                f.member(),
                "{\"text\":" + json("가".repeat(2_001)) + "}",
                board);
    }

    @Test
    void deletingTwiceIsRefused() {
        long id = BadInput.id(bad.ok("POST", posts, f.member(), POST));
        assertThat(bad.send("DELETE", "/api/v1/posts/" + id, f.member(), null).statusCode())
                .isEqualTo(204);
        bad.refused(404, "DELETE", "/api/v1/posts/" + id, f.member(), null, board);
        bad.refused(
                404,
                "POST",
                "/api/v1/posts/" + id + "/comments",
                f.member(),
                "{\"text\":\"늦은 댓글\"}",
                board);
    }

    @ParameterizedTest
    @MethodSource("org.sangsaeng.web.BadInput#hostileTexts")
    void scriptAndSqlAreKeptAsPlainText(String hostile) {
        noSqlRunBy(
                () -> {
                    String body =
                            BadInput.with(
                                    BadInput.with(POST, "title", json(hostile)),
                                    "body",
                                    json(hostile));
                    long id =
                            BadInput.id(
                                    bad.ok(
                                            "POST",
                                            posts,
                                            f.member(),
                                            BadInput.with(
                                                    body,
                                                    "links",
                                                    "[{\"url\":\"https://example.org/?q=%3Cscript%3E\",\"label\":"
                                                            + json(hostile)
                                                            + "}]")));
                    bad.ok(
                            "POST",
                            "/api/v1/posts/" + id + "/comments",
                            f.leader(),
                            "{\"text\":" + json(hostile) + "}");
                    var read =
                            BadInput.tree(bad.ok("GET", "/api/v1/posts/" + id, f.member(), null));
                    assertThat(read.get("title").asString()).isEqualTo(hostile);
                    assertThat(read.get("body").asString()).isEqualTo(hostile);
                    assertThat(read.get("comments").get(0).get("body").asString())
                            .isEqualTo(hostile);
                    assertThat(
                                    BadInput.tree(
                                                    bad.ok(
                                                            "GET",
                                                            posts
                                                                    + "?q="
                                                                    + java.net.URLEncoder.encode(
                                                                            hostile,
                                                                            java.nio.charset
                                                                                    .StandardCharsets
                                                                                    .UTF_8),
                                                            f.member(),
                                                            null))
                                            .size())
                            .isEqualTo(1);
                });
    }
}
