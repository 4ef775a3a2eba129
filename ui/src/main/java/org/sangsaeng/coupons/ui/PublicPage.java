package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Supplier;
import org.sangsaeng.coupons.PublicCoupon;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.ui.Feedback;

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

    /**
     * What {@code find} finds for the link, or null when it is refused (an unknown link, too many
     * tries): then the page shows only the app's name and why, in the paragraph {@code refusalId}.
     */
    <T> T findOrRefuse(Messages messages, String refusalId, Supplier<T> find) {
        try {
            return find.get();
        } catch (BusinessException e) {
            Paragraph refusal = new Paragraph(messages.explain(e, getLocale()));
            refusal.setId(refusalId);
            add(new H1(getTranslation("app.name")), refusal);
            return null;
        }
    }

    /** A coupon as its customer sees it: title, discount, text and when it is valid. */
    void addCoupon(PublicCoupon c) {
        H1 title = new H1(c.title());
        title.setId("coupon-title");
        add(title, new H2(CouponTexts.discount(this, c.discount())));
        if (!c.description().isBlank()) {
            add(new Paragraph(c.description()));
        }
        add(
                new Paragraph(
                        getTranslation(
                                "coupon.validity",
                                Feedback.dateTime(c.validFrom(), getLocale()),
                                Feedback.dateTime(c.validTo(), getLocale()))));
    }

    /**
     * Says so when the coupon can no longer be used, because it expired or because none is left
     * ({@code noneLeftKey}); true then.
     */
    boolean addWhyOver(PublicCoupon c, String noneLeftKey) {
        if (!c.expired() && c.usesLeft() != 0) {
            return false;
        }
        Paragraph over =
                new Paragraph(getTranslation(c.expired() ? "coupon.public.expired" : noneLeftKey));
        over.setId("coupon-over");
        add(over);
        return true;
    }
}
