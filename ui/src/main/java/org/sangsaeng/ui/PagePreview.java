package org.sangsaeng.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A public page's link as messengers (KakaoTalk and others) preview it: they read the page's first
 * HTML without running scripts, so its Open Graph tags are written into that HTML on the server,
 * for the paths that match {@code page}.
 */
public abstract class PagePreview implements VaadinServiceInitListener {

    private final Pattern page;

    protected PagePreview(Pattern page) {
        this.page = page;
    }

    @Override
    public final void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::tags);
    }

    private void tags(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) {
            return;
        }
        Matcher matched =
                page.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (matched.matches()) {
            write(matched, request, response.getDocument().head());
        }
    }

    /**
     * Writes the tags of the page the path names into the head; nothing for a page that is not
     * found.
     */
    protected abstract void write(Matcher page, VaadinServletRequest request, Element head);

    public static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }
}
