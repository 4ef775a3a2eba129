package org.sangsaeng.purchase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.purchase.BillDetails;
import org.sangsaeng.purchase.BillService;
import org.sangsaeng.purchase.PurchaseDetails;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.ui.Feedback;

/** The group purchases of my co-ops, newest first; leaders start new ones here. */
@Route("purchases")
@PermitAll
public class PurchasesView extends VerticalLayout implements HasDynamicTitle {

    public PurchasesView(
            PurchaseService purchases, BillService billing, CurrentUsers currentUsers) {
        CurrentUser me = currentUsers.require();
        List<PurchaseDetails> mine = new ArrayList<>();
        me.memberships().stream()
                .map(CoopMembership::coopId)
                .forEach(c -> mine.addAll(purchases.ofCoop(c)));
        mine.addAll(purchases.forMySupplier());

        Grid<PurchaseDetails> grid = new Grid<>();
        grid.setId("purchases-grid");
        grid.addColumn(PurchaseDetails::title)
                .setHeader(getTranslation("purchase.title"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation("stage." + p.stage().name()))
                .setHeader(getTranslation("purchase.stage"));
        grid.addColumn(p -> Feedback.dateTime(p.orderDeadline(), getLocale()))
                .setHeader(getTranslation("purchase.orderDeadline"));
        grid.setItems(mine);
        grid.setEmptyStateText(getTranslation("purchase.none"));
        grid.addItemClickListener(e -> PurchasePage.open(e.getItem().id()));

        add(new H2(getTranslation("nav.purchases")));
        if (me.memberships().stream().anyMatch(CoopMembership::leader)) {
            Button propose =
                    new Button(
                            getTranslation("purchase.new"),
                            e -> getUI().ifPresent(ui -> ui.navigate(ProposalView.class)));
            propose.addThemeName("primary");
            propose.setId("new-purchase");
            add(propose);
        }
        add(grid);

        List<BillDetails> ledger = billing.myLedger();
        if (!ledger.isEmpty()) {
            Grid<BillDetails> bills = new Grid<>();
            bills.setId("ledger-grid");
            bills.addColumn(BillDetails::purchaseTitle)
                    .setHeader(getTranslation("purchase.title"))
                    .setFlexGrow(2);
            bills.addColumn(b -> String.format("%,d원", b.total()))
                    .setHeader(getTranslation("purchase.total"));
            bills.addColumn(b -> String.format("%,d원", b.paid()))
                    .setHeader(getTranslation("purchase.paid"));
            bills.addColumn(b -> String.format("%,d원", b.total() - b.paid()))
                    .setHeader(getTranslation("purchase.owed"));
            bills.setItems(ledger);
            bills.setAllRowsVisible(true);
            add(new H3(getTranslation("purchase.ledger")), bills);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.purchases") + " · " + getTranslation("app.name");
    }
}
