package org.sangsaeng.coupons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.CouponDetails;
import org.sangsaeng.coupons.CouponQueries;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.membership.CoopMembership;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.ui.Feedback;

/** My coupons and drafting a new one; for leaders, the co-op's coupons with their figures. */
@Route("coupons")
@PermitAll
public class CouponsView extends VerticalLayout implements HasDynamicTitle {

    public CouponsView(
            CouponService coupons,
            CouponQueries queries,
            CoopService coops,
            CurrentUsers currentUsers,
            Feedback feedback) {
        CurrentUser me = currentUsers.require();
        CouponEditor editor = new CouponEditor();
        Button draft =
                new Button(
                        getTranslation("coupon.submit"),
                        e -> {
                            if (me.memberships().isEmpty()) {
                                return;
                            }
                            CouponDetails created =
                                    feedback.attempt(
                                            () ->
                                                    coupons.draft(
                                                            editor.value(
                                                                    me.memberships()
                                                                            .getFirst()
                                                                            .coopId())));
                            if (created != null) {
                                feedback.success(getTranslation("coupon.submitted"));
                                CouponPage.open(created.id());
                            }
                        });
        draft.addThemeName("primary");
        draft.setId("coupon-submit");
        Details form = new Details(getTranslation("coupon.new"), new VerticalLayout(editor, draft));
        form.setId("coupon-new");
        form.setVisible(!me.memberships().isEmpty());

        Button redeem =
                new Button(
                        getTranslation("coupon.redeemTitle"),
                        e -> getUI().ifPresent(ui -> ui.navigate(RedeemView.class)));
        redeem.addThemeName("primary");
        redeem.setId("coupon-redeem-page");
        Button customers =
                new Button(
                        getTranslation("nav.customers"),
                        e -> getUI().ifPresent(ui -> ui.navigate(CustomersView.class)));

        add(
                new H2(getTranslation("nav.coupons")),
                new HorizontalLayout(redeem, customers),
                form,
                new H3(getTranslation("coupon.mine")),
                grid(queries.mine()));
        for (CoopMembership led :
                me.memberships().stream().filter(CoopMembership::leader).toList()) {
            add(
                    new H3(getTranslation("coupon.ofCoop", coops.get(led.coopId()).name())),
                    grid(queries.ofCoop(led.coopId())));
        }
    }

    private Grid<CouponDetails> grid(List<CouponDetails> items) {
        Grid<CouponDetails> grid = new Grid<>();
        grid.addColumn(CouponDetails::title)
                .setHeader(getTranslation("coupon.title"))
                .setFlexGrow(2);
        grid.addColumn(c -> CouponTexts.discount(this, c.discount()))
                .setHeader(getTranslation("coupon.discount"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation("couponState." + c.state().name()))
                .setHeader(getTranslation("coupon.state"));
        grid.addColumn(
                        c ->
                                c.stats() == null
                                        ? ""
                                        : getTranslation(
                                                "coupon.figures",
                                                c.stats().issued(),
                                                c.stats().redeemed(),
                                                c.stats().redemptionRatePercent()))
                .setHeader(getTranslation("coupon.figuresHeader"));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("coupon.none"));
        grid.addItemClickListener(e -> CouponPage.open(e.getItem().id()));
        grid.addClassName("coupons-grid");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coupons") + " · " + getTranslation("app.name");
    }
}
