package org.sangsaeng.board;

import java.time.Instant;
import java.util.List;

/** One post with its links and comments, and what the reader may do with it. */
public record PostView(
        long id,
        long coopId,
        PostKind kind,
        String title,
        String body,
        String authorName,
        boolean pinned,
        boolean publicNotice,
        List<PostForm.LinkForm> links,
        List<CommentView> comments,
        int usefulMarks,
        boolean markedUsefulByMe,
        boolean mayPin,
        boolean mayDelete,
        boolean mayComment,
        Instant createdAt) {

    public record CommentView(long id, String authorName, String body, Instant createdAt) {}
}
