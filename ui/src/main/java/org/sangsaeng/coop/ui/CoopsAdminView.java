package org.sangsaeng.coop.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import org.sangsaeng.coop.CoopAdministration;
import org.sangsaeng.coop.CoopDetails;
import org.sangsaeng.coop.CoopForm;
import org.sangsaeng.coop.MarketAdministration;
import org.sangsaeng.coop.MarketDetails;
import org.sangsaeng.membership.ui.CoopMembersPage;
import org.sangsaeng.shared.ResultPage;
import org.sangsaeng.ui.Feedback;

/**
 * The foundation's co-ops, of one market or all: search, create in a market, change name and
 * description.
 */
@Route("admin/coops")
@RolesAllowed({"FOUNDATION", "ADMIN"})
public class CoopsAdminView extends AdminListView<CoopDetails> {

    private final CoopAdministration coops;
    private final MarketAdministration markets;
    private final ComboBox<MarketDetails> market;

    public CoopsAdminView(
            CoopAdministration coops, MarketAdministration markets, Feedback feedback) {
        super(feedback, "admin.coops", "coops");
        this.coops = coops;
        this.markets = markets;
        market = marketChoice("coops-market-filter");
        market.setPlaceholder(getTranslation("admin.coop.allMarkets"));
        market.setClearButtonVisible(true);
        market.addValueChangeListener(e -> refresh());
        grid.addColumn(CoopDetails::name)
                .setHeader(getTranslation("admin.coop.name"))
                .setFlexGrow(2);
        grid.addColumn(CoopDetails::marketName).setHeader(getTranslation("admin.coop.market"));
        grid.addColumn(CoopDetails::description)
                .setHeader(getTranslation("admin.coop.description"))
                .setFlexGrow(2);
        grid.addComponentColumn(
                        c -> {
                            RouterLink members =
                                    new RouterLink(
                                            getTranslation("admin.members.open"),
                                            CoopMembersPage.class,
                                            new RouteParameters("coopId", Long.toString(c.id())));
                            members.setId("coop-members-" + c.id());
                            return members;
                        })
                .setAutoWidth(true)
                .setFlexGrow(0);
        finish(market);
    }

    /** Markets to choose from, searched on the server as the officer types. */
    private ComboBox<MarketDetails> marketChoice(String id) {
        ComboBox<MarketDetails> choice = new ComboBox<>(getTranslation("admin.coop.market"));
        choice.setId(id);
        choice.setItemLabelGenerator(MarketDetails::name);
        choice.setItems(
                query -> {
                    ResultPage<MarketDetails> found =
                            feedback.attempt(
                                    () ->
                                            markets.list(
                                                    query.getFilter().orElse(""),
                                                    query.getPage(),
                                                    query.getPageSize()));
                    return found == null ? Stream.empty() : found.items().stream();
                });
        choice.setWidthFull();
        return choice;
    }

    @Override
    protected ResultPage<CoopDetails> page(String q, int page, int size) {
        MarketDetails chosen = market == null ? null : market.getValue();
        return coops.list(chosen == null ? null : chosen.id(), q, page, size);
    }

    @Override
    protected void open(CoopDetails coop) {
        ComboBox<MarketDetails> in = marketChoice("coop-market");
        if (coop != null) {
            in.setValue(new MarketDetails(coop.marketId(), coop.marketName(), "", ""));
            in.setReadOnly(true);
            in.setHelperText(getTranslation("admin.coop.marketFixed"));
        } else if (market.getValue() != null) {
            in.setValue(market.getValue());
        }
        TextField name = field("admin.coop.name", "coop-name", coop == null ? null : coop.name());
        TextArea description = new TextArea(getTranslation("admin.coop.description"));
        description.setId("coop-description");
        description.setValue(coop == null ? "" : coop.description());
        description.setWidthFull();
        FormLayout form = new FormLayout(in, name, description);
        form.setColspan(description, 2);
        dialog(
                getTranslation(coop == null ? "admin.coop.new" : "admin.coop.edit"),
                "coop",
                form,
                () -> {
                    Long marketId = in.getValue() == null ? null : in.getValue().id();
                    CoopForm values =
                            new CoopForm(marketId, name.getValue(), description.getValue());
                    return coop == null ? coops.create(values) : coops.change(coop.id(), values);
                });
    }
}
