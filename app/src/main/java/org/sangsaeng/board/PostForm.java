package org.sangsaeng.board;

import java.util.List;

/** A new post: plain text (markup is shown as text) and optional links to outside information (http or https). */
public record PostForm(PostKind kind, String title, String body, List<LinkForm> links) {

    public record LinkForm(String url, String label) {
    }
}
