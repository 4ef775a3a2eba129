package org.sangsaeng.purchase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.sangsaeng.purchase.BillDetails;
import org.sangsaeng.purchase.BillService;
import org.sangsaeng.purchase.PledgeService;
import org.sangsaeng.purchase.PurchaseDetails;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.SubjectPage;
import org.sangsaeng.voting.VoteService;
import org.sangsaeng.voting.ui.VotePage;

/**
 * One group purchase: stage, vote result, live pack fill, my pledges, the supplier's answer, the
 * split.
 */
@Route("purchases/:purchaseId")
@PermitAll
public class PurchasePage extends SubjectPage<PurchaseDetails> {

    private final PurchaseService purchases;
    private final PledgeService pledges;
    private final BillService bills;
    private final VoteService votes;

    /** Goes to the page of the purchase with {@code purchaseId}. */
    public static void open(long purchaseId) {
        open(PurchasePage.class, "purchaseId", purchaseId);
    }

    public PurchasePage(
            PurchaseService purchases,
            PledgeService pledges,
            BillService bills,
            VoteService votes,
            Feedback feedback) {
        super(feedback, "purchaseId", purchases::get, PurchasesView.class, PurchaseDetails::title);
        this.purchases = purchases;
        this.pledges = pledges;
        this.bills = bills;
        this.votes = votes;
    }

    @Override
    protected void build(PurchaseDetails p) {
        add(new H2(p.title()));
        Paragraph stage =
                new Paragraph(
                        getTranslation("purchase.stage")
                                + ": "
                                + getTranslation("stage." + p.stage().name())
                                + " · "
                                + getTranslation("purchase.supplier")
                                + ": "
                                + p.supplierName());
        stage.setId("purchase-stage");
        add(stage);
        if (!p.reason().isBlank()) {
            add(new Paragraph(p.reason()));
        }
        add(
                new Paragraph(
                        getTranslation(
                                "purchase.deadlines",
                                Feedback.dateTime(p.voteDeadline(), getLocale()),
                                Feedback.dateTime(p.orderDeadline(), getLocale()))));
        if (p.stage() == Stage.VOTING) {
            votes.forSubject("group-purchase-" + p.id())
                    .ifPresent(
                            v -> {
                                Paragraph turnout =
                                        new Paragraph(
                                                getTranslation(
                                                        "vote.turnout",
                                                        v.voted(),
                                                        v.electorate(),
                                                        v.quorumNeeded(),
                                                        Feedback.dateTime(
                                                                v.deadline(), getLocale())));
                                turnout.setId("vote-turnout");
                                add(turnout, votePageLink(v.id()));
                            });
        }
        if (p.voteOutcome() != null) {
            add(
                    new Paragraph(
                            getTranslation(
                                    "purchase.voteResult",
                                    getTranslation("outcome." + p.voteOutcome().name()))));
            if (p.voteId() != null) {
                add(votePageLink(p.voteId()));
            }
        }
        if (p.supplierAnswer() != null) {
            add(
                    new Paragraph(
                            getTranslation(
                                    "purchase.supplierAnswered",
                                    getTranslation("supplierAnswer." + p.supplierAnswer()),
                                    p.supplierReason() == null ? "" : p.supplierReason())));
        }

        if (p.cancelReason() != null) {
            Paragraph cancelled =
                    new Paragraph(getTranslation("purchase.cancelled", p.cancelReason()));
            cancelled.setId("cancel-reason");
            add(cancelled);
        }
        if (p.stage() != Stage.VOTING && p.stage() != Stage.REJECTED) {
            List<String> nothing = p.answers().takingNothing();
            Paragraph answers =
                    new Paragraph(
                            getTranslation(
                                    "purchase.answers",
                                    p.answers().pledged(),
                                    nothing.size(),
                                    nothing.isEmpty()
                                            ? ""
                                            : " (" + String.join(", ", nothing) + ")"));
            answers.setId("pledge-answers");
            add(answers);
            if (p.answers().iTakeNothing() && p.stage() == Stage.ORDERING) {
                add(new Paragraph(getTranslation("purchase.iTakeNothing")));
            }
        }

        add(new H3(getTranslation("purchase.lines")));
        if (p.stage() == Stage.ORDERING) {
            PledgeEditor editor = new PledgeEditor(p.lines());
            Button save =
                    new Button(
                            getTranslation("purchase.savePledge"),
                            e ->
                                    change(
                                            () -> pledges.pledge(p.id(), editor.value()),
                                            getTranslation("purchase.pledgeSaved")));
            save.addThemeName("primary");
            save.setId("save-pledge");
            add(editor, save);
        } else {
            Grid<PurchaseDetails.LineView> lines = new Grid<>();
            lines.addThemeName("wrap-cell-content");
            lines.addColumn(l -> l.item() + " (" + l.unit() + ")")
                    .setHeader(getTranslation("purchase.item"))
                    .setFlexGrow(2);
            lines.addColumn(
                            l ->
                                    String.format(
                                            "%,d원",
                                            l.confirmedUnitPrice() == null
                                                    ? l.unitPrice()
                                                    : l.confirmedUnitPrice()))
                    .setHeader(getTranslation("purchase.unitPrice"));
            lines.addColumn(
                            l ->
                                    l.orderedPacks() == null
                                            ? ""
                                            : l.orderedPacks() + " × " + l.packSize())
                    .setHeader(getTranslation("purchase.ordered"));
            lines.addColumn(
                            l ->
                                    l.confirmedPacks() == null
                                            ? ""
                                            : String.valueOf(l.confirmedPacks()))
                    .setHeader(getTranslation("purchase.confirmed"));
            lines.addColumn(PurchaseDetails.LineView::myAllocatedUnits)
                    .setHeader(getTranslation("purchase.myAllocation"));
            lines.setItems(p.lines());
            lines.setAllRowsVisible(true);
            add(lines);
        }

        List<BillDetails> bills = feedback.attempt(() -> this.bills.bills(p.id()));
        if (bills != null && !bills.isEmpty()) {
            add(new H3(getTranslation("purchase.split")));
            Grid<BillDetails> grid = new Grid<>();
            grid.setId("bills-grid");
            grid.addColumn(BillDetails::member).setHeader(getTranslation("purchase.member"));
            grid.addColumn(b -> String.format("%,d원", b.goods()))
                    .setHeader(getTranslation("purchase.goods"));
            grid.addColumn(b -> String.format("%,d원", b.sharedCosts()))
                    .setHeader(getTranslation("purchase.shared"));
            grid.addColumn(b -> String.format("%,d원", b.total()))
                    .setHeader(getTranslation("purchase.total"));
            grid.addColumn(b -> String.format("%,d원", b.paid()))
                    .setHeader(getTranslation("purchase.paid"));
            grid.setItemDetailsRenderer(
                    new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                            b ->
                                    new Paragraph(
                                            b.lines().stream()
                                                            .map(
                                                                    l ->
                                                                            l.units()
                                                                                    + " × "
                                                                                    + l.unitPrice()
                                                                                    + " = "
                                                                                    + l.amount())
                                                            .collect(Collectors.joining(", "))
                                                    + " · "
                                                    + b.shares().stream()
                                                            .map(
                                                                    s ->
                                                                            getTranslation(
                                                                                            "sharedCost."
                                                                                                    + s
                                                                                                            .name())
                                                                                    + " "
                                                                                    + s.basisValue()
                                                                                    + "/"
                                                                                    + s.basisSum()
                                                                                    + " → "
                                                                                    + s.share())
                                                            .collect(Collectors.joining(", ")))));
            grid.setItems(bills);
            grid.setAllRowsVisible(true);
            add(grid);
        }
    }

    private Anchor votePageLink(long voteId) {
        Anchor link = new Anchor(VotePage.route(voteId), getTranslation("vote.page.open"));
        link.setId("vote-page-link");
        return link;
    }
}
