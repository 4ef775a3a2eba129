package org.sangsaeng.sale.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.OfferDetails;
import org.sangsaeng.sale.OfferStage;
import org.sangsaeng.sale.SaleCounter;
import org.sangsaeng.sale.SaleLedger;
import org.sangsaeng.sale.SaleStatement;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.SubjectPage;
import org.sangsaeng.voting.Outcome;

/**
 * One joint sale for its co-op: the terms, each shop's answer, the public page's link and the
 * customers' orders.
 */
@Route("sales/:offerId")
@PermitAll
public class SalePage extends SubjectPage<OfferDetails> {

    private final JointOfferService offers;
    private final SaleCounter counter;
    private final SaleLedger ledger;
    private final CurrentUsers currentUsers;

    /** Goes to the page of the joint offer with {@code offerId}. */
    public static void open(long offerId) {
        open(SalePage.class, "offerId", offerId);
    }

    public SalePage(
            JointOfferService offers,
            SaleCounter counter,
            SaleLedger ledger,
            CurrentUsers currentUsers,
            Feedback feedback) {
        super(feedback, "offerId", offers::get, SalesView.class, OfferDetails::title);
        this.offers = offers;
        this.counter = counter;
        this.ledger = ledger;
        this.currentUsers = currentUsers;
    }

    @Override
    protected void build(OfferDetails o) {
        boolean leader = currentUsers.require().isLeaderOf(o.coopId());
        Paragraph stage =
                new Paragraph(
                        getTranslation("sale.stage")
                                + ": "
                                + getTranslation("sale.stage." + o.stage()));
        stage.setId("sale-stage");
        add(
                new H2(o.title()),
                stage,
                new Paragraph(o.description()),
                new Paragraph(
                        getTranslation(
                                "sale.terms",
                                SaleTexts.won(o.salePrice()),
                                SaleTexts.won(o.partsTotal()),
                                o.setsOrdered(),
                                o.setsTotal(),
                                o.minimumSets(),
                                Feedback.dateTime(o.orderDeadline(), getLocale()))),
                SaleTexts.parts(o));
        o.slots()
                .forEach(
                        s ->
                                add(
                                        new Paragraph(
                                                SaleTexts.slot(
                                                        s.place(), s.startsAt(), s.endsAt()))));
        if (o.voteOutcome() == Outcome.PASSED) {
            Anchor link = new Anchor("sale/" + o.id(), getTranslation("sale.publicLink"));
            link.setId("sale-public-link");
            add(link);
            Grid<SaleCounter.OrderLine> orders = new Grid<>();
            orders.setId("sale-orders");
            // One card per order, so that the list fits a phone's width (the leader checks it at
            // the counter).
            orders.addComponentColumn(this::orderCard).setHeader(getTranslation("sale.orders"));
            orders.setItems(counter.orders(o.id()));
            orders.setAllRowsVisible(true);
            add(new H3(getTranslation("sale.orders")));
            if (leader
                    && o.transferAccount() != null
                    && EnumSet.of(OfferStage.ORDERING, OfferStage.DECIDING, OfferStage.PREPARING)
                            .contains(o.stage())) {
                add(transferConfirmation(o));
            }
            add(orders);
        }
        if (o.stage() == OfferStage.CLOSED) {
            add(statement(o, ledger.statement(o.id()), leader));
        }
        if (o.cancelReason() != null) {
            add(new Paragraph(getTranslation("sale.cancelledBecause", o.cancelReason())));
        }
    }

    /** Who ordered what (name, sets, code) on top; phone, state and payment below. */
    private Div orderCard(SaleCounter.OrderLine l) {
        Span who = new Span(l.customerName() + " · " + getTranslation("sale.order.sets", l.sets()));
        who.addClassName("task-name");
        String payment =
                l.refundDue()
                        ? getTranslation("sale.payment.refundDue") + " " + SaleTexts.won(l.amount())
                        : l.paidBy() == null
                                ? getTranslation("sale.payment.none")
                                : getTranslation("sale.payment." + l.paidBy());
        Span code =
                new Span(
                        getTranslation("sale.counter.code")
                                + " "
                                + l.pickupCode()
                                + " · "
                                + l.maskedPhone());
        code.addClassName("task-meta");
        Span state = new Span(getTranslation("sale.orderStatus." + l.status()) + " · " + payment);
        state.addClassName("task-meta");
        Div card = new Div(who, code, state);
        card.addClassName("task-card");
        return card;
    }

    /**
     * A shop's share: what it receives on top, how it was reached below (its part's value, the
     * rounding).
     */
    private Div shareCard(SaleStatement.Line l) {
        Span shop = new Span(l.shopName() + " · " + SaleTexts.won(l.amount()));
        shop.addClassName("task-name");
        Span value =
                new Span(
                        getTranslation("sale.statement.value")
                                + " "
                                + SaleTexts.won(l.partValue())
                                + " / "
                                + SaleTexts.won(l.totalValue()));
        value.addClassName("task-meta");
        Span rounding =
                new Span(
                        getTranslation("sale.statement.rounding")
                                + " "
                                + SaleTexts.won(l.roundedDown())
                                + (l.leftoverWon() ? " + 1원" : ""));
        rounding.addClassName("task-meta");
        Div card = new Div(shop, value, rounding);
        card.addClassName("task-card");
        return card;
    }

    /** The leader types the code of an order whose transfer they found in the co-op's account. */
    private HorizontalLayout transferConfirmation(OfferDetails o) {
        TextField code = new TextField(getTranslation("sale.transfer.code"));
        code.setId("transfer-code");
        code.getElement().setAttribute("autocapitalize", "characters");
        Button confirm =
                new Button(
                        getTranslation("sale.transfer.confirm"),
                        e -> {
                            SaleCounter.OrderLine line =
                                    feedback.attempt(
                                            () -> ledger.confirmTransfer(o.id(), code.getValue()));
                            if (line != null) {
                                show(offers.get(o.id()));
                                feedback.success(
                                        getTranslation(
                                                "sale.transfer.confirmed",
                                                line.customerName(),
                                                SaleTexts.won(line.amount())));
                            }
                        });
        confirm.setId("transfer-confirm");
        HorizontalLayout row = new HorizontalLayout(code, confirm);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /**
     * What customers paid, what came off it and why, and each shop's share; the leader records
     * payouts.
     */
    private VerticalLayout statement(OfferDetails o, SaleStatement statement, boolean leader) {
        Grid<SaleStatement.Line> shares = new Grid<>();
        shares.setId("sale-statement");
        shares.addComponentColumn(this::shareCard)
                .setHeader(getTranslation("sale.shop"))
                .setFlexGrow(2);
        shares.addComponentColumn(
                        l -> {
                            if (l.paidOutAt() != null) {
                                return new Span(Feedback.dateTime(l.paidOutAt(), getLocale()));
                            }
                            if (!leader) {
                                return new Span(getTranslation("sale.statement.notPaidOut"));
                            }
                            Button pay =
                                    new Button(
                                            getTranslation("sale.statement.payOut"),
                                            e -> {
                                                if (feedback.succeeds(
                                                        () -> ledger.payOut(o.id(), l.shop()))) {
                                                    show(offers.get(o.id()));
                                                }
                                            });
                            pay.setId("pay-out-" + l.shop());
                            return pay;
                        })
                .setHeader(getTranslation("sale.statement.paidOut"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        shares.setItems(statement.shares());
        shares.setAllRowsVisible(true);
        UnorderedList deductions =
                new UnorderedList(
                        new ListItem(
                                getTranslation(
                                        "sale.statement.fee",
                                        percent(statement.feeBasisPoints()),
                                        SaleTexts.won(statement.fee()))),
                        new ListItem(
                                getTranslation(
                                        "sale.statement.cardCosts",
                                        percent(statement.cardFeeBasisPoints()),
                                        SaleTexts.won(statement.cardCosts()))),
                        new ListItem(
                                getTranslation(
                                        "sale.statement.transferCosts",
                                        SaleTexts.won(statement.transferFeeWon()),
                                        SaleTexts.won(statement.transferCosts()))),
                        new ListItem(
                                getTranslation(
                                        "sale.statement.toShops",
                                        SaleTexts.won(statement.paidToShops()))));
        VerticalLayout box =
                new VerticalLayout(
                        new H3(
                                getTranslation(
                                        "sale.statement", SaleTexts.won(statement.received()))),
                        deductions,
                        shares);
        box.setPadding(false);
        box.setId("sale-settlement");
        return box;
    }

    /** Basis points as a percent a shopkeeper reads: 250 is "2.5". */
    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }
}
