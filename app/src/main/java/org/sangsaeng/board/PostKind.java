package org.sangsaeng.board;

/** What a post is; DECISION posts are written by the system when the co-op decides. */
public enum PostKind {
    NOTICE,
    INFO,
    QUESTION,
    DECISION
}
