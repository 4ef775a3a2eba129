package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A page customers open from a message, without signing in: narrow, centred, no navigation. */
abstract class PublicPage extends VerticalLayout {

    PublicPage() {
        setMaxWidth("28em");
        getStyle().set("margin", "0 auto").set("text-align", "center");
        setAlignItems(Alignment.CENTER);
    }

    /**
     * The client's address, for slowing down guessing: behind a trusted proxy
     * (server.tomcat.remoteip) the one it forwards, else the connection's; a client's own
     * X-Forwarded-For counts for nothing.
     */
    static String caller() {
        com.vaadin.flow.server.VaadinRequest request =
                com.vaadin.flow.server.VaadinRequest.getCurrent();
        return request == null ? "?" : request.getRemoteAddr();
    }
}
