package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A page customers open from a message, without signing in: narrow, centred, no navigation. */
abstract class PublicPage extends VerticalLayout {

    PublicPage() {
        setMaxWidth("28em");
        getStyle().set("margin", "0 auto").set("text-align", "center");
        setAlignItems(Alignment.CENTER);
    }
}
