package org.sangsaeng.sale.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.OfferView;
import org.sangsaeng.sale.OfferStage;
import org.sangsaeng.sale.SaleCounter;
import org.sangsaeng.sale.SaleStatement;
import org.sangsaeng.ui.Feedback;

/** One joint sale for its co-op: the terms, each shop's answer, the public page's link and the customers' orders. */
@Route("sales/:offerId")
@PermitAll
public class SalePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final JointOfferService offers;
    private final SaleCounter counter;
    private final Feedback feedback;
    private String title = "";

    public SalePage(JointOfferService offers, SaleCounter counter, Feedback feedback) {
        this.offers = offers;
        this.counter = counter;
        this.feedback = feedback;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        OfferView o = feedback.load(event, "offerId", offers::get, SalesView.class);
        if (o == null) {
            return;
        }
        title = o.title();
        Paragraph stage = new Paragraph(getTranslation("sale.stage") + ": " + getTranslation("sale.stage." + o.stage()));
        stage.setId("sale-stage");
        add(new H2(o.title()), stage, new Paragraph(o.description()),
                new Paragraph(getTranslation("sale.terms", SaleTexts.won(o.salePrice()), SaleTexts.won(o.partsTotal()),
                        o.setsOrdered(), o.setsTotal(), o.minimumSets(), Feedback.dateTime(o.orderDeadline(), getLocale()))),
                SaleTexts.parts(o));
        o.slots().forEach(s -> add(new Paragraph(SaleTexts.slot(s.place(), s.startsAt(), s.endsAt()))));
        if ("PASSED".equals(o.voteOutcome())) {
            Anchor link = new Anchor("sale/" + o.id(), getTranslation("sale.publicLink"));
            link.setId("sale-public-link");
            add(link);
            Grid<SaleCounter.OrderLine> orders = new Grid<>();
            orders.setId("sale-orders");
            orders.addColumn(SaleCounter.OrderLine::pickupCode).setHeader(getTranslation("sale.counter.code"));
            orders.addColumn(SaleCounter.OrderLine::customerName).setHeader(getTranslation("sale.public.name"));
            orders.addColumn(SaleCounter.OrderLine::maskedPhone).setHeader(getTranslation("sale.public.phone"));
            orders.addColumn(SaleCounter.OrderLine::sets).setHeader(getTranslation("sale.public.sets"));
            orders.addColumn(l -> getTranslation("sale.orderStatus." + l.status())).setHeader(getTranslation("sale.stage"));
            orders.setItems(counter.orders(o.id()));
            orders.setAllRowsVisible(true);
            add(new H3(getTranslation("sale.orders")), orders);
        }
        if (o.stage() == OfferStage.CLOSED) {
            SaleStatement statement = counter.statement(o.id());
            Grid<SaleStatement.Line> shares = new Grid<>();
            shares.setId("sale-statement");
            shares.addColumn(SaleStatement.Line::shopName).setHeader(getTranslation("sale.shop"));
            shares.addColumn(l -> SaleTexts.won(l.partValue()) + " / " + SaleTexts.won(l.totalValue()))
                    .setHeader(getTranslation("sale.statement.value"));
            shares.addColumn(l -> SaleTexts.won(l.roundedDown()) + (l.leftoverWon() ? " + 1원" : ""))
                    .setHeader(getTranslation("sale.statement.rounding"));
            shares.addColumn(l -> SaleTexts.won(l.amount())).setHeader(getTranslation("sale.statement.amount"));
            shares.setItems(statement.shares());
            shares.setAllRowsVisible(true);
            add(new H3(getTranslation("sale.statement", SaleTexts.won(statement.received()))), shares);
        }
        if (o.cancelReason() != null) {
            add(new Paragraph(getTranslation("sale.cancelledBecause", o.cancelReason())));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
