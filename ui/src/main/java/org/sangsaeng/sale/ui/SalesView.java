package org.sangsaeng.sale.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.OfferDetails;
import org.sangsaeng.sale.SaleLedger;
import org.sangsaeng.ui.Feedback;

/**
 * The joint sales of my co-ops, newest first; any member proposes one here, and the counter is one
 * tap away.
 */
@Route("sales")
@PermitAll
public class SalesView extends VerticalLayout implements HasDynamicTitle {

    public SalesView(JointOfferService offers, SaleLedger ledger, CurrentUsers currentUsers) {
        CurrentUser me = currentUsers.require();
        List<OfferDetails> mine = new ArrayList<>();
        me.memberships().stream()
                .map(CoopMembership::coopId)
                .forEach(c -> mine.addAll(offers.ofCoop(c)));

        Grid<OfferDetails> grid = new Grid<>();
        grid.setId("sales-grid");
        grid.addColumn(OfferDetails::title).setHeader(getTranslation("sale.title")).setFlexGrow(2);
        grid.addColumn(o -> getTranslation("sale.stage." + o.stage().name()))
                .setHeader(getTranslation("sale.stage"));
        grid.addColumn(o -> o.setsOrdered() + " / " + o.setsTotal())
                .setHeader(getTranslation("sale.sets"));
        grid.addColumn(o -> Feedback.dateTime(o.orderDeadline(), getLocale()))
                .setHeader(getTranslation("sale.orderDeadline"));
        grid.setItems(mine);
        grid.setEmptyStateText(getTranslation("sale.none"));
        grid.addItemClickListener(e -> SalePage.open(e.getItem().id()));

        add(new H2(getTranslation("nav.sales")));
        HorizontalLayout actions = new HorizontalLayout();
        if (!me.memberships().isEmpty()) {
            Button propose =
                    new Button(
                            getTranslation("sale.new"),
                            e -> getUI().ifPresent(ui -> ui.navigate(OfferProposalView.class)));
            propose.addThemeName("primary");
            propose.setId("new-sale");
            actions.add(propose);
        }
        Button counter =
                new Button(
                        getTranslation("sale.counter.title"),
                        e -> getUI().ifPresent(ui -> ui.navigate(SaleCounterView.class)));
        counter.setId("open-counter");
        actions.add(counter);
        add(actions, grid);

        List<SaleLedger.LedgerEntry> shares = ledger.myLedger();
        if (!shares.isEmpty() || !me.memberships().isEmpty()) {
            Grid<SaleLedger.LedgerEntry> book = new Grid<>();
            book.setId("sale-ledger");
            book.addColumn(SaleLedger.LedgerEntry::offerTitle)
                    .setHeader(getTranslation("sale.title"))
                    .setFlexGrow(2);
            book.addColumn(l -> Feedback.dateTime(l.closedAt(), getLocale()))
                    .setHeader(getTranslation("sale.ledger.closed"));
            book.addColumn(l -> SaleTexts.won(l.amount()))
                    .setHeader(getTranslation("sale.statement.amount"));
            book.addColumn(
                            l ->
                                    l.paidOutAt() == null
                                            ? getTranslation("sale.statement.notPaidOut")
                                            : Feedback.dateTime(l.paidOutAt(), getLocale()))
                    .setHeader(getTranslation("sale.statement.paidOut"));
            book.setItems(shares);
            book.setAllRowsVisible(true);
            book.setEmptyStateText(getTranslation("sale.ledger.none"));
            book.addItemClickListener(e -> SalePage.open(e.getItem().offerId()));
            add(new H3(getTranslation("sale.ledger")), book);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sales") + " · " + getTranslation("app.name");
    }
}
