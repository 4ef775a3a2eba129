package org.sangsaeng.board.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardComments extends JpaRepository<BoardComment, Long> {

    List<BoardComment> findByPostIdOrderByCreatedAt(long postId);
}
