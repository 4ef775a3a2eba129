package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.MarketDetails;
import org.sangsaeng.governance.CoopFoundingService;
import org.sangsaeng.governance.FoundingForm;
import org.sangsaeng.governance.FoundingView;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.ui.Feedback;

/**
 * A merchant founds a co-op, on a phone: the market, name and purpose, the founders found by name
 * or shop (the merchant is the first of them), each with the shop they bring, and the first rules
 * filled in with the defaults. Below, the merchant's founding proposals and where they stand.
 */
@Route("foundings/new")
@PermitAll
public class NewCoopView extends VerticalLayout implements HasDynamicTitle {

    private final CoopFoundingService foundings;
    private final Feedback feedback;
    private final List<FounderRow> founders = new ArrayList<>();
    private final VerticalLayout founderList = new VerticalLayout();
    private final Span count = new Span();

    public NewCoopView(
            CoopFoundingService foundings,
            CoopService coops,
            CurrentUsers currentUsers,
            Feedback feedback) {
        this.foundings = foundings;
        this.feedback = feedback;
        addClassName("new-coop-view");
        CurrentUser me = currentUsers.require();

        Select<MarketDetails> market = new Select<>();
        market.setLabel(getTranslation("founding.market"));
        market.setId("founding-market");
        market.setItems(coops.listMarkets());
        market.setItemLabelGenerator(m -> m == null ? "" : m.name());
        market.setWidthFull();
        TextField name = new TextField(getTranslation("founding.name"));
        name.setId("founding-name");
        name.setMaxLength(100);
        name.setWidthFull();
        TextArea purpose = new TextArea(getTranslation("founding.purpose"));
        purpose.setId("founding-purpose");
        purpose.setMaxLength(1000);
        purpose.setWidthFull();

        founderList.setPadding(false);
        founderList.setId("founding-founders");
        count.setId("founding-count");
        // The proposer founds too; their shop comes from a membership they have, if any.
        List<MemberDirectory.Merchant> self =
                feedback.attempt(() -> foundings.searchFounders(me.username()));
        addFounder(
                self == null
                        ? new MemberDirectory.Merchant(
                                me.id(), me.username(), me.displayName(), null, null)
                        : self.stream()
                                .filter(m -> m.username().equals(me.username()))
                                .findFirst()
                                .orElse(
                                        new MemberDirectory.Merchant(
                                                me.id(),
                                                me.username(),
                                                me.displayName(),
                                                null,
                                                null)),
                false);

        TextField search = new TextField(getTranslation("founding.search"));
        search.setId("founding-search");
        search.setHelperText(getTranslation("founding.searchHint"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        VerticalLayout results = new VerticalLayout();
        results.setPadding(false);
        results.setId("founding-search-results");
        search.addValueChangeListener(
                e -> {
                    results.removeAll();
                    if (e.getValue().strip().length() < 2) {
                        return;
                    }
                    List<MemberDirectory.Merchant> found =
                            feedback.attempt(() -> foundings.searchFounders(e.getValue()));
                    if (found == null) {
                        return;
                    }
                    found.stream()
                            .filter(
                                    m ->
                                            founders.stream()
                                                    .noneMatch(
                                                            f -> f.username().equals(m.username())))
                            .forEach(
                                    m -> {
                                        Button add =
                                                new Button(
                                                        getTranslation("founding.add")
                                                                + ": "
                                                                + m.displayName()
                                                                + (m.shopName() == null
                                                                        ? ""
                                                                        : " · " + m.shopName()),
                                                        click -> {
                                                            addFounder(m, true);
                                                            results.removeAll();
                                                            search.clear();
                                                        });
                                        add.addClassName("founding-add");
                                        add.getElement()
                                                .setAttribute("data-username", m.username());
                                        add.setWidthFull();
                                        results.add(add);
                                    });
                });

        RulesEditor rules = new RulesEditor("founding-rules");
        Button propose =
                new Button(
                        getTranslation("founding.propose"),
                        e -> {
                            FoundingView proposed =
                                    feedback.attempt(
                                            () ->
                                                    foundings.propose(
                                                            new FoundingForm(
                                                                    market.getValue() == null
                                                                            ? null
                                                                            : market.getValue()
                                                                                    .id(),
                                                                    name.getValue(),
                                                                    purpose.getValue(),
                                                                    rules.value(),
                                                                    founders.stream()
                                                                            .map(FounderRow::value)
                                                                            .toList())));
                            if (proposed != null) {
                                feedback.success(getTranslation("founding.proposed"));
                                getUI().ifPresent(
                                                ui ->
                                                        ui.navigate(
                                                                FoundingPage.route(proposed.id())));
                            }
                        });
        propose.setId("founding-propose");
        propose.addThemeName("primary");
        propose.addClassName("big-button");

        add(
                new H2(getTranslation("founding.title")),
                new Paragraph(getTranslation("founding.intro")),
                market,
                name,
                purpose,
                new H3(getTranslation("founding.founders")),
                count,
                founderList,
                search,
                results,
                new H3(getTranslation("founding.rules")),
                rules,
                propose,
                mine());
    }

    private void addFounder(MemberDirectory.Merchant merchant, boolean removable) {
        FounderRow row =
                new FounderRow(
                        merchant,
                        removable,
                        r -> {
                            founders.remove(r);
                            founderList.remove(r);
                            showCount();
                        });
        founders.add(row);
        founderList.add(row);
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("founding.count", founders.size()));
    }

    private Div mine() {
        Div list = new Div();
        list.setId("my-foundings");
        list.add(new H3(getTranslation("founding.mine")));
        List<FoundingView> all = feedback.attempt(foundings::mine);
        if (all == null || all.isEmpty()) {
            list.add(new Paragraph(getTranslation("founding.none")));
            return list;
        }
        all.forEach(
                f ->
                        list.add(
                                new Paragraph(
                                        new com.vaadin.flow.component.html.Anchor(
                                                FoundingPage.route(f.id()),
                                                f.name()
                                                        + " · "
                                                        + getTranslation(
                                                                "foundingState."
                                                                        + f.state().name())))));
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("founding.title") + " · " + getTranslation("app.name");
    }
}
