package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.MemberDetails;
import org.sangsaeng.membership.MembersAdministration;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.ui.Feedback;

/**
 * A co-op's members as the foundation manages them: the list (leaders marked), taking a merchant's
 * account in with their shop, and appointing an interim leader with a reason. Reads on a phone.
 */
@Route("admin/coops/:coopId")
@RolesAllowed({"FOUNDATION", "ADMIN"})
public class CoopMembersPage extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    private final CoopService coops;
    private final MembershipService memberships;
    private final MembersAdministration administration;
    private final Feedback feedback;
    private final Grid<MemberDetails> members = new Grid<>();
    private final Select<MemberDetails> leader = new Select<>();
    private CoopSummary coop;

    public CoopMembersPage(
            CoopService coops,
            MembershipService memberships,
            MembersAdministration administration,
            Feedback feedback) {
        this.coops = coops;
        this.memberships = memberships;
        this.administration = administration;
        this.feedback = feedback;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        coop =
                feedback.load(
                        event, "coopId", coops::get, org.sangsaeng.coop.ui.CoopsAdminView.class);
        if (coop == null) {
            return;
        }
        removeAll();
        members.setId("coop-members-grid");
        members.addColumn(
                        m ->
                                m.displayName()
                                        + " ("
                                        + m.username()
                                        + ")"
                                        + (m.leader()
                                                ? " · " + getTranslation("admin.members.leader")
                                                : ""))
                .setHeader(getTranslation("admin.members.person"))
                .setFlexGrow(2);
        members.addColumn(
                        m ->
                                m.shopName()
                                        + " · "
                                        + getTranslation("businessType." + m.businessType().name()))
                .setHeader(getTranslation("admin.members.shop"))
                .setFlexGrow(2);
        members.setAllRowsVisible(true);

        TextField username = new TextField(getTranslation("admin.members.username"));
        username.setId("member-username");
        username.setMaxLength(64);
        username.setWidthFull();
        Select<BusinessType> type = new Select<>();
        type.setLabel(getTranslation("admin.members.businessType"));
        type.setItems(Arrays.asList(BusinessType.values()));
        type.setItemLabelGenerator(t -> getTranslation("businessType." + t.name()));
        type.setId("member-business-type");
        type.setWidthFull();
        TextField shop = new TextField(getTranslation("admin.members.shopName"));
        shop.setId("member-shop");
        shop.setMaxLength(100);
        shop.setWidthFull();
        Button add =
                new Button(
                        getTranslation("admin.members.add"),
                        e -> {
                            if (feedback.succeeds(
                                    () ->
                                            administration.addMember(
                                                    coop.id(),
                                                    username.getValue(),
                                                    type.getValue(),
                                                    shop.getValue()),
                                    getTranslation("admin.members.added", username.getValue()))) {
                                username.clear();
                                shop.clear();
                                refresh();
                            }
                        });
        add.setId("member-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        leader.setLabel(getTranslation("admin.members.newLeader"));
        leader.setId("leader-member");
        leader.setItemLabelGenerator(
                m -> m == null ? "" : m.displayName() + " (" + m.username() + ")");
        leader.setWidthFull();
        TextArea reason = new TextArea(getTranslation("admin.members.reason"));
        reason.setId("leader-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button appoint =
                new Button(
                        getTranslation("admin.members.appoint"),
                        e -> {
                            String who =
                                    leader.getValue() == null ? null : leader.getValue().username();
                            if (feedback.succeeds(
                                    () ->
                                            administration.appointInterim(
                                                    coop.id(), who, reason.getValue()),
                                    getTranslation("admin.members.appointed", who))) {
                                reason.clear();
                                refresh();
                            }
                        });
        appoint.setId("leader-appoint");

        add(
                new H2(coop.name()),
                new com.vaadin.flow.component.html.Anchor(
                        "coops/" + coop.id() + "/elections", getTranslation("election.start")),
                members,
                new H3(getTranslation("admin.members.addTitle")),
                username,
                type,
                shop,
                add,
                new H3(getTranslation("admin.members.leaderTitle")),
                leader,
                reason,
                appoint);
        refresh();
    }

    private void refresh() {
        List<MemberDetails> current = feedback.attempt(() -> memberships.members(coop.id()));
        if (current != null) {
            members.setItems(current);
            leader.setItems(current.stream().filter(m -> !m.leader()).toList());
        }
    }

    @Override
    public String getPageTitle() {
        return (coop == null ? "" : coop.name() + " · ") + getTranslation("admin.members.title");
    }
}
