package org.sangsaeng.board.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Mapped so queries can count marks; written through {@link BoardPosts#mark}. */
@Entity
@Table(name = "board_useful_mark")
@IdClass(BoardUsefulMark.Key.class)
public class BoardUsefulMark {

    public record Key(Long postId, Long userId) implements Serializable {}

    @Id private Long postId;
    @Id private Long userId;
    private Instant markedAt;

    protected BoardUsefulMark() {}
}
