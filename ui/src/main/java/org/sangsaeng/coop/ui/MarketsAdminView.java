package org.sangsaeng.coop.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sangsaeng.coop.MarketAdministration;
import org.sangsaeng.coop.MarketDetails;
import org.sangsaeng.coop.MarketForm;
import org.sangsaeng.market.PublicMarkets;
import org.sangsaeng.shared.ResultPage;
import org.sangsaeng.ui.Feedback;

/** The foundation's markets: search by name, district or address; create; rename or move. */
@Route("admin/markets")
@RolesAllowed({"FOUNDATION", "ADMIN"})
public class MarketsAdminView extends AdminListView<MarketDetails> {

    private final MarketAdministration markets;

    public MarketsAdminView(MarketAdministration markets, PublicMarkets pages, Feedback feedback) {
        super(feedback, "admin.markets", "markets");
        this.markets = markets;
        grid.addColumn(MarketDetails::name)
                .setHeader(getTranslation("admin.market.name"))
                .setFlexGrow(2);
        grid.addColumn(MarketDetails::district).setHeader(getTranslation("admin.market.district"));
        grid.addColumn(MarketDetails::address)
                .setHeader(getTranslation("admin.market.address"))
                .setFlexGrow(2);
        // The public page's address, to print on posters and pass on to merchants and customers.
        grid.addComponentColumn(
                        m -> {
                            Anchor page = new Anchor(pages.address(m.id()), pages.address(m.id()));
                            page.setTarget("_blank");
                            page.setId("market-page-" + m.id());
                            return page;
                        })
                .setHeader(getTranslation("admin.market.publicPage"))
                .setFlexGrow(2);
        finish();
    }

    @Override
    protected ResultPage<MarketDetails> page(String q, int page, int size) {
        return markets.list(q, page, size);
    }

    @Override
    protected void open(MarketDetails market) {
        TextField name =
                field("admin.market.name", "market-name", market == null ? null : market.name());
        TextField district =
                field(
                        "admin.market.district",
                        "market-district",
                        market == null ? null : market.district());
        district.setPlaceholder("성남시 수정구");
        TextField address =
                field(
                        "admin.market.address",
                        "market-address",
                        market == null ? null : market.address());
        FormLayout form = new FormLayout(name, district, address);
        form.setColspan(address, 2);
        dialog(
                getTranslation(market == null ? "admin.market.new" : "admin.market.edit"),
                "market",
                form,
                () -> {
                    MarketForm values =
                            new MarketForm(
                                    name.getValue(), district.getValue(), address.getValue());
                    return market == null
                            ? markets.create(values)
                            : markets.change(market.id(), values);
                });
    }
}
