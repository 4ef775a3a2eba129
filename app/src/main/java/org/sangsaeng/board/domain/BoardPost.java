package org.sangsaeng.board.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sangsaeng.board.PostKind;
import org.sangsaeng.shared.BusinessException;

@Entity
@Table(name = "board_post")
public class BoardPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coop_id")
    private long coopId;

    private Long authorId;

    @Enumerated(EnumType.STRING)
    private PostKind kind;

    private String title;
    private String body;
    private boolean pinned;
    private boolean publicNotice;
    private String sourceKey;
    private Instant createdAt;

    @OneToMany(
            mappedBy = "post",
            cascade = CascadeType.ALL,
            fetch = FetchType.LAZY,
            orphanRemoval = true)
    @OrderBy("position")
    private List<BoardPostLink> links = new ArrayList<>();

    protected BoardPost() {}

    public BoardPost(
            long coopId,
            Long authorId,
            PostKind kind,
            String title,
            String body,
            String sourceKey,
            Instant createdAt) {
        this.coopId = coopId;
        this.authorId = authorId;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.sourceKey = sourceKey;
        this.createdAt = createdAt;
    }

    public void addLink(String url, String label) {
        links.add(new BoardPostLink(this, links.size(), url, label));
    }

    public void pin(boolean pinned) {
        this.pinned = pinned;
    }

    /**
     * The leader shows this notice on the market's public page, or takes it off; only notices go
     * there.
     */
    public void showPublicly(boolean shown) {
        if (shown && kind != PostKind.NOTICE) {
            throw new BusinessException("error.post.publicNoticeOnly");
        }
        this.publicNotice = shown;
    }

    public boolean isPublicNotice() {
        return publicNotice;
    }

    public Long getId() {
        return id;
    }

    public long getCoopId() {
        return coopId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public PostKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<BoardPostLink> getLinks() {
        return links;
    }
}
