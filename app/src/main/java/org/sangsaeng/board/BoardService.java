package org.sangsaeng.board;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sangsaeng.board.domain.BoardComment;
import org.sangsaeng.board.domain.BoardComments;
import org.sangsaeng.board.domain.BoardPost;
import org.sangsaeng.board.domain.BoardPosts;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.Texts;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A co-op's board. Members read and write; the foundation and admins read. Posts of a co-op are
 * invisible outside it (they are "not found" to others).
 */
@Service
@Transactional
public class BoardService {

    public static final int MAX_BODY = 10_000;
    public static final int MAX_COMMENT = 2_000;
    public static final int MAX_LINKS = 10;

    private final BoardPosts posts;
    private final BoardComments comments;
    private final CoopService coops;
    private final CurrentUsers currentUsers;
    private final MemberDirectory directory;
    private final Clock clock;

    BoardService(
            BoardPosts posts,
            BoardComments comments,
            CoopService coops,
            CurrentUsers currentUsers,
            MemberDirectory directory,
            Clock clock) {
        this.posts = posts;
        this.comments = comments;
        this.coops = coops;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PostSummary> list(BoardQuery query) {
        currentUsers.requireReaderOf(query.coopId());
        int limit = Math.clamp(query.limit(), 1, 100);
        int offset = Math.max(0, query.offset());
        List<BoardPosts.Row> rows =
                posts.page(
                        query.coopId(),
                        query.kind(),
                        like(query.text()),
                        PageRequest.of(offset / limit, limit));
        Map<Long, String> names =
                directory.displayNames(
                        rows.stream()
                                .map(BoardPosts.Row::getAuthorId)
                                .filter(Objects::nonNull)
                                .toList());
        return rows.stream()
                .map(
                        r ->
                                new PostSummary(
                                        r.getId(),
                                        r.getCoopId(),
                                        r.getKind(),
                                        r.getTitle(),
                                        r.getAuthorId() == null ? null : names.get(r.getAuthorId()),
                                        r.isPinned(),
                                        (int) r.getComments(),
                                        (int) r.getUsefulMarks(),
                                        r.getCreatedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(BoardQuery query) {
        currentUsers.requireReaderOf(query.coopId());
        return posts.count(query.coopId(), query.kind(), like(query.text()));
    }

    @Transactional(readOnly = true)
    public PostView get(long postId) {
        CurrentUser me = currentUsers.require();
        return view(visible(postId, me), me);
    }

    /** A member writes a post; the links must be http or https addresses. */
    public PostView post(long coopId, PostForm form) {
        CurrentUser me = requireMember(coopId);
        if (form == null || form.kind() == null || form.kind() == PostKind.DECISION) {
            throw new InvalidInputException("error.post.kind");
        }
        String title = form.title() == null ? "" : form.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("error.post.title");
        }
        String body = Texts.required(form.body(), MAX_BODY, "error.post.body");
        List<PostForm.LinkForm> links = form.links() == null ? List.of() : form.links();
        if (links.size() > MAX_LINKS) {
            throw new InvalidInputException("error.post.tooManyLinks", MAX_LINKS);
        }
        List<PostForm.LinkForm> checked = new ArrayList<>();
        for (PostForm.LinkForm link : links) {
            if (link == null) {
                throw new InvalidInputException("error.post.link", "");
            }
            String label =
                    link.label() == null || link.label().isBlank() ? null : link.label().trim();
            if (label != null && label.length() > 200) {
                throw new InvalidInputException("error.text.tooLong", 200);
            }
            checked.add(new PostForm.LinkForm(httpUrl(link.url()), label));
        }
        BoardPost post =
                new BoardPost(coopId, me.id(), form.kind(), title, body, null, clock.instant());
        checked.forEach(l -> post.addLink(l.url(), l.label()));
        return view(posts.saveAndFlush(post), me);
    }

    public PostView comment(long postId, String text) {
        CurrentUser me = currentUsers.require();
        BoardPost post = visible(postId, me);
        if (!me.isMemberOf(post.getCoopId())) {
            throw new AccessDeniedException("error.post.membersOnly");
        }
        comments.saveAndFlush(
                new BoardComment(
                        postId,
                        me.id(),
                        Texts.required(text, MAX_COMMENT, "error.post.comment"),
                        clock.instant()));
        return view(post, me);
    }

    /** A member marks a post useful, or takes the mark back; once per member. */
    public PostView markUseful(long postId, boolean useful) {
        CurrentUser me = currentUsers.require();
        BoardPost post = visible(postId, me);
        if (!me.isMemberOf(post.getCoopId())) {
            throw new AccessDeniedException("error.post.membersOnly");
        }
        if (useful) {
            posts.mark(postId, me.id(), clock.instant());
        } else {
            posts.unmark(postId, me.id());
        }
        return view(post, me);
    }

    public PostView pin(long postId, boolean pinned) {
        return byLeader(postId, "error.post.pinByLeader", post -> post.pin(pinned));
    }

    /**
     * The leader shows a notice on the market's public page (anyone may read it there), or takes it
     * off.
     */
    public PostView showPublicly(long postId, boolean shown) {
        return byLeader(postId, "error.post.publicByLeader", post -> post.showPublicly(shown));
    }

    private PostView byLeader(
            long postId, String refusalKey, java.util.function.Consumer<BoardPost> change) {
        CurrentUser me = currentUsers.require();
        BoardPost post = visible(postId, me);
        if (!me.isLeaderOf(post.getCoopId())) {
            throw new AccessDeniedException(refusalKey);
        }
        change.accept(post);
        return view(post, me);
    }

    public void delete(long postId) {
        CurrentUser me = currentUsers.require();
        BoardPost post = visible(postId, me);
        if (post.getKind() == PostKind.DECISION) {
            throw new BusinessException("error.post.decisionReadOnly");
        }
        if (!Objects.equals(post.getAuthorId(), me.id()) && !me.isLeaderOf(post.getCoopId())) {
            throw new AccessDeniedException("error.post.deleteOwn");
        }
        posts.delete(post);
    }

    /** Whether the signed-in member gets the co-op's weekly digest. */
    @Transactional(readOnly = true)
    public boolean digestSubscribed(long coopId) {
        CurrentUser me = currentUsers.require();
        return posts.subscribed(coopId, me.id()) > 0;
    }

    public void subscribeDigest(long coopId, boolean subscribed) {
        CurrentUser me = requireMember(coopId);
        if (subscribed) {
            posts.subscribe(coopId, me.id(), clock.instant());
        } else {
            posts.unsubscribe(coopId, me.id());
        }
    }

    /** The system's post of a decision; written once per source however often it is asked. */
    void systemPost(long coopId, String title, String body, String sourceKey) {
        if (!posts.existsBySourceKey(sourceKey)) {
            posts.saveAndFlush(
                    new BoardPost(
                            coopId,
                            null,
                            PostKind.DECISION,
                            title,
                            body,
                            sourceKey,
                            clock.instant()));
        }
    }

    /** Checks an outside link: an absolute http(s) address with a host; returned as given. */
    static String httpUrl(String url) {
        String u = url == null ? "" : url.trim();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && u.length() <= 2000) {
                return u;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidInputException(
                "error.post.link", u.length() > 100 ? u.substring(0, 100) + "…" : u);
    }

    private PostView view(BoardPost post, CurrentUser me) {
        List<BoardComment> all = comments.findByPostIdOrderByCreatedAt(post.getId());
        List<Long> people = new ArrayList<>(all.stream().map(BoardComment::getAuthorId).toList());
        if (post.getAuthorId() != null) {
            people.add(post.getAuthorId());
        }
        Map<Long, String> names = directory.displayNames(people);
        boolean member = me.isMemberOf(post.getCoopId());
        boolean leader = me.isLeaderOf(post.getCoopId());
        return new PostView(
                post.getId(),
                post.getCoopId(),
                post.getKind(),
                post.getTitle(),
                post.getBody(),
                post.getAuthorId() == null ? null : names.get(post.getAuthorId()),
                post.isPinned(),
                post.isPublicNotice(),
                post.getLinks().stream()
                        .map(l -> new PostForm.LinkForm(l.getUrl(), l.getLabel()))
                        .toList(),
                all.stream()
                        .map(
                                c ->
                                        new PostView.CommentView(
                                                c.getId(),
                                                names.get(c.getAuthorId()),
                                                c.getBody(),
                                                c.getCreatedAt()))
                        .toList(),
                posts.usefulMarks(post.getId()),
                posts.markedBy(post.getId(), me.id()) > 0,
                leader,
                post.getKind() != PostKind.DECISION
                        && (leader || Objects.equals(post.getAuthorId(), me.id())),
                member,
                post.getCreatedAt());
    }

    private BoardPost visible(long postId, CurrentUser me) {
        BoardPost post =
                posts.findById(postId)
                        .orElseThrow(() -> new NotFoundException("error.post.notFound", postId));
        if (!me.mayRead(post.getCoopId())) {
            throw new NotFoundException("error.post.notFound", postId);
        }
        return post;
    }

    private CurrentUser requireMember(long coopId) {
        CurrentUser me = currentUsers.require();
        coops.get(coopId);
        if (!me.isMemberOf(coopId)) {
            throw new AccessDeniedException("error.post.membersOnly");
        }
        return me;
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // '!' escapes: a backslash means different things to MariaDB depending on its SQL mode.
        String escaped =
                text.trim()
                        .toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
