package org.sangsaeng.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A public page's absolute address and a button that passes it on as the phone does: its share
 * sheet where the browser has one, else the address copied, else a hint to copy it by hand. Ids
 * start with {@code idPrefix} ({@code -address}, {@code -share}, {@code -share-result}); texts come
 * from {@code keyPrefix} ({@code .address}, {@code .button}, {@code .shared}, {@code .copied},
 * {@code .failed}).
 */
public class ShareLink extends Div {

    public ShareLink(String idPrefix, String keyPrefix, String address, String title) {
        Paragraph link = new Paragraph(address);
        link.setId(idPrefix + "-address");
        link.getStyle().set("word-break", "break-all").set("user-select", "all");
        Paragraph shared = new Paragraph();
        shared.setId(idPrefix + "-share-result");
        Button share = new Button(getTranslation(keyPrefix + ".button"));
        share.setId(idPrefix + "-share");
        share.addClickListener(
                e ->
                        share.getElement()
                                .executeJs(
                                        """
                const data = {title: $0, url: $1};
                if (navigator.share) {
                  return navigator.share(data).then(() => 'shared', () => 'cancelled');
                }
                if (navigator.clipboard) {
                  return navigator.clipboard.writeText($1).then(() => 'copied', () => 'failed');
                }
                return 'failed';""",
                                        title,
                                        address)
                                .then(
                                        String.class,
                                        outcome -> {
                                            if (!"cancelled".equals(outcome)) {
                                                shared.setText(
                                                        getTranslation(keyPrefix + "." + outcome));
                                            }
                                        }));
        add(new Paragraph(getTranslation(keyPrefix + ".address")), link, share, shared);
    }
}
