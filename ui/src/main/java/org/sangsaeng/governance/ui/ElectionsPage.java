package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.util.List;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.governance.ElectionDetails;
import org.sangsaeng.governance.ElectionForm;
import org.sangsaeng.governance.LeaderElectionService;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDetails;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.membership.ui.CoopsView;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.MarketTimeFields;

/**
 * A co-op's leader elections: where each stands and who was elected; the co-op's leader or the
 * foundation calls a new one among the members who stand, with the vote's deadline.
 */
@Route("coops/:coopId/elections")
@PermitAll
public class ElectionsPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static String route(long coopId) {
        return "coops/" + coopId + "/elections";
    }

    private final CoopService coops;
    private final LeaderElectionService elections;
    private final MembershipService memberships;
    private final CurrentUsers currentUsers;
    private final Feedback feedback;
    private CoopSummary coop;

    public ElectionsPage(
            CoopService coops,
            LeaderElectionService elections,
            MembershipService memberships,
            CurrentUsers currentUsers,
            Feedback feedback) {
        this.coops = coops;
        this.elections = elections;
        this.memberships = memberships;
        this.currentUsers = currentUsers;
        this.feedback = feedback;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        coop = feedback.load(event, "coopId", coops::get, CoopsView.class);
        List<ElectionDetails> all =
                coop == null ? null : feedback.attempt(() -> elections.ofCoop(coop.id()));
        if (all == null) {
            return;
        }
        removeAll();
        add(new H2(coop.name() + " · " + getTranslation("process.leader-election")));
        all.forEach(
                e ->
                        add(
                                new Paragraph(
                                        getTranslation("electionState." + e.state().name())
                                                + " · "
                                                + String.join(", ", e.candidates())
                                                + (e.leaderName() == null
                                                        ? ""
                                                        : " · "
                                                                + getTranslation(
                                                                        "founding.electedLeader",
                                                                        e.leaderName())))));
        if (currentUsers.require().oversees(coop.id())) {
            add(startForm());
        }
    }

    private VerticalLayout startForm() {
        CheckboxGroup<MemberDetails> candidates =
                new CheckboxGroup<>(getTranslation("election.candidates"));
        candidates.setId("election-candidates");
        candidates.addThemeName("vertical");
        candidates.setItems(memberships.members(coop.id()));
        candidates.setItemLabelGenerator(
                m -> getTranslation("vote.candidate", m.displayName(), m.shopName()));
        DateTimePicker deadline = new DateTimePicker(getTranslation("election.deadline"));
        deadline.setId("election-deadline");
        deadline.setValue(LocalDateTime.now(MarketTime.ZONE).plusDays(3).withSecond(0).withNano(0));
        Button start =
                new Button(
                        getTranslation("election.start"),
                        e -> {
                            ElectionDetails started =
                                    feedback.attempt(
                                            () ->
                                                    elections.start(
                                                            coop.id(),
                                                            new ElectionForm(
                                                                    candidates.getValue().stream()
                                                                            .map(
                                                                                    MemberDetails
                                                                                            ::username)
                                                                            .toList(),
                                                                    MarketTimeFields.instant(
                                                                            deadline))));
                            if (started != null) {
                                feedback.success(getTranslation("election.started"));
                                getUI().ifPresent(ui -> ui.getPage().reload());
                            }
                        });
        start.setId("election-start");
        start.addThemeName("primary");
        VerticalLayout form =
                new VerticalLayout(
                        new H3(getTranslation("election.start")), candidates, deadline, start);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return (coop == null ? "" : coop.name() + " · ")
                + getTranslation("process.leader-election");
    }
}
