package org.sangsaeng.board;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * A new post: plain text (markup is shown as text) and optional links to outside information (http
 * or https).
 */
public record PostForm(
        PostKind kind,
        String title,
        String body,
        @JsonSetter(contentNulls = Nulls.FAIL) List<LinkForm> links) {

    public record LinkForm(String url, String label) {}
}
