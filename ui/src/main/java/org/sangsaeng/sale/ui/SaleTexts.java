package org.sangsaeng.sale.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.sangsaeng.sale.OfferView;
import org.sangsaeng.shared.MarketTime;

/** How the joint sale's pages write parts, slots and money. */
final class SaleTexts {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("M/d HH:mm").withZone(MarketTime.ZONE);
    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("HH:mm").withZone(MarketTime.ZONE);

    private SaleTexts() {}

    /**
     * Each shop's part of a set, with its price per set (for members; customers see no shop
     * prices).
     */
    static UnorderedList parts(OfferView o) {
        UnorderedList list = new UnorderedList();
        o.parts()
                .forEach(
                        p ->
                                list.add(
                                        new ListItem(
                                                p.shopName()
                                                        + ": "
                                                        + p.item()
                                                        + " "
                                                        + p.quantityPerSet()
                                                        + p.unit()
                                                        + " · "
                                                        + won(p.pricePerSet())
                                                        + " · "
                                                        + UI.getCurrent()
                                                                .getTranslation(
                                                                        "sale.answer."
                                                                                + p.answer()))));
        return list;
    }

    static String slot(String place, Instant from, Instant to) {
        return place + " · " + WHEN.format(from) + "-" + UNTIL.format(to);
    }

    static String won(long amount) {
        return String.format("%,d원", amount);
    }
}
