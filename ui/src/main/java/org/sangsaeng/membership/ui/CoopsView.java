package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.ApplicationView;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.CoopInvitationService;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MembershipApplicationForm;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.ui.Feedback;

/**
 * The co-ops of the market: the signed-in merchant sees where they belong and applies to join
 * others.
 */
@Route("coops")
@PermitAll
public class CoopsView extends VerticalLayout implements HasDynamicTitle {

    private final MembershipService memberships;
    private final CoopInvitationService invitations;
    private final Feedback feedback;
    private final Grid<ApplicationView> applications = new Grid<>();

    public CoopsView(
            CoopService coops,
            MembershipService memberships,
            CoopInvitationService invitations,
            CurrentUsers currentUsers,
            Feedback feedback) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.feedback = feedback;
        CurrentUser me = currentUsers.require();

        Grid<CoopSummary> grid = new Grid<>();
        grid.setId("coops-grid");
        grid.addColumn(CoopSummary::name)
                .setHeader(getTranslation("membership.coop"))
                .setFlexGrow(2);
        grid.addColumn(CoopSummary::marketName).setHeader(getTranslation("coops.market"));
        grid.addComponentColumn(
                        c ->
                                me.isMemberOf(c.id())
                                        ? new com.vaadin.flow.component.html.Anchor(
                                                "coops/" + c.id() + "/elections",
                                                getTranslation(
                                                        me.isLeaderOf(c.id())
                                                                ? "role.LEADER"
                                                                : "role.MEMBER"))
                                        : applyButton(c))
                .setHeader("");
        // Leaders (and the foundation) invite merchants who have no account yet.
        grid.addComponentColumn(
                        c ->
                                me.oversees(c.id())
                                        ? inviteButton(c)
                                        : new com.vaadin.flow.component.html.Span())
                .setHeader("");
        grid.setItems(coops.listCoops());
        grid.setAllRowsVisible(true);

        applications.setId("my-applications-grid");
        applications
                .addColumn(ApplicationView::coopName)
                .setHeader(getTranslation("membership.coop"));
        applications
                .addColumn(a -> getTranslation("applicationStatus." + a.status().name()))
                .setHeader(getTranslation("coops.status"));
        applications
                .addColumn(a -> a.decisionReason() == null ? "" : a.decisionReason())
                .setHeader(getTranslation("review.reason"))
                .setFlexGrow(2);
        applications
                .addColumn(a -> Feedback.dateTime(a.createdAt(), getLocale()))
                .setHeader(getTranslation("coops.appliedAt"));
        applications.setAllRowsVisible(true);
        applications.setEmptyStateText(getTranslation("coops.noApplications"));
        applications.setItems(memberships.myApplications());

        add(new H2(getTranslation("nav.coops")));
        if (!me.overseesAll() && !me.has(org.sangsaeng.membership.Role.SUPPLIER)) {
            // Merchants found a co-op of their own; those without one are shown the way first.
            com.vaadin.flow.component.html.Anchor found =
                    new com.vaadin.flow.component.html.Anchor(
                            "foundings/new", getTranslation("founding.title"));
            found.setId("found-coop-link");
            if (me.memberships().isEmpty()) {
                add(
                        new com.vaadin.flow.component.html.Paragraph(
                                getTranslation("founding.noCoopYet")));
            }
            add(found);
        }
        add(grid, new H3(getTranslation("coops.myApplications")), applications);
    }

    private Button inviteButton(CoopSummary coop) {
        Button invite =
                new Button(
                        getTranslation("invitation.title"),
                        e -> new InviteMerchantDialog(coop, invitations, feedback).open());
        invite.addClassName("invite-" + coop.id());
        return invite;
    }

    private Button applyButton(CoopSummary coop) {
        Button apply = new Button(getTranslation("coops.apply"), e -> openApplication(coop));
        apply.addClassName("apply-" + coop.id());
        return apply;
    }

    private void openApplication(CoopSummary coop) {
        Dialog dialog = new Dialog(getTranslation("coops.applyTo", coop.name()));
        Select<BusinessType> type = new Select<>();
        type.setId("apply-type");
        type.setLabel(getTranslation("membership.businessType"));
        type.setItems(BusinessType.values());
        type.setItemLabelGenerator(t -> getTranslation("businessType." + t.name()));
        TextField shop = new TextField(getTranslation("membership.shopName"));
        shop.setId("apply-shop");
        shop.setMaxLength(100);
        shop.setRequired(true);
        TextArea message = new TextArea(getTranslation("membership.message"));
        message.setMaxLength(1000);
        FormLayout form = new FormLayout(type, shop, message);
        Button send =
                new Button(
                        getTranslation("coops.send"),
                        e -> {
                            ApplicationView sent =
                                    feedback.attempt(
                                            () ->
                                                    memberships.apply(
                                                            coop.id(),
                                                            new MembershipApplicationForm(
                                                                    type.getValue(),
                                                                    shop.getValue(),
                                                                    message.getValue())));
                            if (sent != null) {
                                dialog.close();
                                feedback.success(getTranslation("coops.sent"));
                                applications.setItems(memberships.myApplications());
                            }
                        });
        send.setId("apply-send");
        send.addThemeName("primary");
        dialog.add(form);
        dialog.getFooter()
                .add(new Button(getTranslation("coops.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coops") + " · " + getTranslation("app.name");
    }
}
