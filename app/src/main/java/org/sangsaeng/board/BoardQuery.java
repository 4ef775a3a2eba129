package org.sangsaeng.board;

/**
 * Which posts of a co-op to list: by kind (null for all), containing a text (null for any), one
 * page.
 */
public record BoardQuery(long coopId, PostKind kind, String text, int offset, int limit) {}
