package org.sangsaeng.board;

import java.util.Collection;
import java.util.List;
import org.sangsaeng.board.domain.BoardPosts;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices leaders chose to show outside their co-op, on the market's public page; no sign-in.
 */
@Service
@Transactional(readOnly = true)
public class PublicNotices {

    private final BoardPosts posts;

    PublicNotices(BoardPosts posts) {
        this.posts = posts;
    }

    /** Up to {@code limit} public notices of these co-ops, newest first. */
    public List<PublicNotice> of(Collection<Long> coopIds, int limit) {
        if (coopIds.isEmpty()) {
            return List.of();
        }
        return posts
                .findByCoopIdInAndPublicNoticeTrueOrderByCreatedAtDescIdDesc(
                        coopIds, PageRequest.of(0, Math.clamp(limit, 1, 50)))
                .stream()
                .map(
                        p ->
                                new PublicNotice(
                                        p.getId(),
                                        p.getCoopId(),
                                        p.getTitle(),
                                        p.getBody(),
                                        p.getCreatedAt()))
                .toList();
    }
}
