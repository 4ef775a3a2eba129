package org.sangsaeng.board.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sangsaeng.board.BoardService;
import org.sangsaeng.board.PostDetails;
import org.sangsaeng.board.PostForm;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.SubjectPage;

/** One post: its text (addresses in it become links), outside links, useful marks, comments. */
@Route("board/post/:postId")
@PermitAll
public class PostPage extends SubjectPage<PostDetails> {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");

    private final BoardService board;

    /** Goes to the page of the post with {@code postId}. */
    public static void open(long postId) {
        open(PostPage.class, "postId", postId);
    }

    public PostPage(BoardService board, Feedback feedback) {
        super(feedback, "postId", board::get, BoardView.class, PostDetails::title);
        this.board = board;
    }

    @Override
    protected void build(PostDetails post) {
        Span kind =
                new Span(
                        (post.pinned() ? "📌 " : "")
                                + getTranslation("postKind." + post.kind().name())
                                + (post.publicNotice()
                                        ? " · " + getTranslation("board.publicNotice")
                                        : ""));
        kind.getElement().getThemeList().add("badge");
        H2 heading = new H2(post.title());
        heading.setId("post-heading");
        add(
                kind,
                heading,
                new Paragraph(
                        (post.authorName() == null
                                        ? getTranslation("board.system")
                                        : post.authorName())
                                + " · "
                                + Feedback.dateTime(post.createdAt(), getLocale())));
        Div body = text(post.body());
        body.setId("post-text");
        add(body);
        for (PostForm.LinkForm link : post.links()) {
            Anchor a =
                    new Anchor(
                            link.url(),
                            link.label() == null ? link.url() : link.label(),
                            AnchorTarget.BLANK);
            a.getElement().setAttribute("rel", "noopener noreferrer");
            a.addClassName("post-link");
            add(a);
        }

        Button useful =
                new Button(
                        getTranslation(
                                post.markedUsefulByMe() ? "board.usefulMarked" : "board.useful",
                                post.usefulMarks()),
                        e -> change(() -> board.markUseful(post.id(), !post.markedUsefulByMe())));
        useful.setId("post-useful");
        useful.setEnabled(post.mayComment());
        HorizontalLayout actions = new HorizontalLayout(useful);
        if (post.mayPin()) {
            Button pin =
                    new Button(
                            getTranslation(post.pinned() ? "board.unpin" : "board.pin"),
                            e -> change(() -> board.pin(post.id(), !post.pinned())));
            pin.setId("post-pin");
            actions.add(pin);
            if (post.kind() == org.sangsaeng.board.PostKind.NOTICE) {
                // mayPin is the leader's: the same person decides what the market's public page
                // shows.
                Button shown =
                        new Button(
                                getTranslation(
                                        post.publicNotice()
                                                ? "board.unpublish"
                                                : "board.showPublicly"),
                                e ->
                                        change(
                                                () ->
                                                        board.showPublicly(
                                                                post.id(), !post.publicNotice())));
                shown.setId("post-public");
                actions.add(shown);
            }
        }
        if (post.mayDelete()) {
            Button delete =
                    new Button(
                            getTranslation("board.delete"),
                            e -> {
                                if (feedback.succeeds(() -> board.delete(post.id()))) {
                                    toBoard(post);
                                }
                            });
            delete.addThemeName("error");
            delete.setId("post-delete");
            actions.add(delete);
        }
        Button back = new Button(getTranslation("tasks.back"), e -> toBoard(post));
        actions.add(back);
        add(actions);

        add(new H3(getTranslation("board.comments", post.comments().size())));
        VerticalLayout comments = new VerticalLayout();
        comments.setPadding(false);
        comments.setId("post-comments");
        for (PostDetails.CommentView c : post.comments()) {
            Div comment = text(c.body());
            comment.addClassName("comment");
            comments.add(
                    new Span(
                            c.authorName() + " · " + Feedback.dateTime(c.createdAt(), getLocale())),
                    comment);
        }
        add(comments);
        if (post.mayComment()) {
            TextArea text = new TextArea(getTranslation("board.comment"));
            text.setMaxLength(BoardService.MAX_COMMENT);
            text.setWidthFull();
            text.setId("comment-text");
            Button send =
                    new Button(
                            getTranslation("board.sendComment"),
                            e -> change(() -> board.comment(post.id(), text.getValue())));
            send.addThemeName("primary");
            send.setId("comment-send");
            add(text, send);
        }
    }

    /** Back to the board of the post's co-op. */
    private void toBoard(PostDetails post) {
        getUI().ifPresent(
                        ui ->
                                ui.navigate(
                                        "board",
                                        QueryParameters.simple(
                                                Map.of("coop", String.valueOf(post.coopId())))));
    }

    /**
     * Plain text kept as typed (markup shows as text); http(s) addresses become links that open a
     * new tab.
     */
    static Div text(String body) {
        Div div = new Div();
        div.addClassName("plain-text");
        Matcher m = URL.matcher(body);
        int from = 0;
        while (m.find()) {
            div.add(new Text(body.substring(from, m.start())));
            Anchor a = new Anchor(m.group(), m.group(), AnchorTarget.BLANK);
            a.getElement().setAttribute("rel", "noopener noreferrer");
            div.add(a);
            from = m.end();
        }
        div.add(new Text(body.substring(from)));
        return div;
    }
}
