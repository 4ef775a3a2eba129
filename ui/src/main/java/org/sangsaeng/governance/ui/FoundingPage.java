package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.governance.CoopFoundingService;
import org.sangsaeng.governance.ElectionState;
import org.sangsaeng.governance.FoundingDetails;
import org.sangsaeng.governance.FoundingState;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.SubjectPage;

/**
 * A founding proposal as its founders follow it on a phone: who confirmed, whether it waits for the
 * foundation, and once founded the co-op's leader election and who was elected.
 */
@Route("foundings/:foundingId")
@PermitAll
public class FoundingPage extends SubjectPage<FoundingDetails> {

    public static String route(long foundingId) {
        return "foundings/" + foundingId;
    }

    public FoundingPage(CoopFoundingService foundings, Feedback feedback) {
        super(feedback, "foundingId", foundings::get, NewCoopView.class, FoundingDetails::name);
        addClassName("founding-page");
    }

    @Override
    protected void build(FoundingDetails f) {
        H2 name = new H2(f.name());
        name.setId("founding-title");
        Paragraph state =
                new Paragraph(
                        getTranslation("founding.state")
                                + ": "
                                + getTranslation("foundingState." + f.state().name()));
        state.setId("founding-state");
        add(
                name,
                new Paragraph(f.purpose()),
                new Paragraph(getTranslation("founding.proposer") + ": " + f.proposerName()),
                state);
        if (f.reason() != null) {
            add(new Paragraph(getTranslation("review.reason") + ": " + f.reason()));
        }
        UnorderedList list = new UnorderedList();
        list.setId("founding-answers");
        f.founders()
                .forEach(
                        x ->
                                list.add(
                                        new ListItem(
                                                x.displayName()
                                                        + " · "
                                                        + x.shopName()
                                                        + " · "
                                                        + getTranslation(
                                                                x.answer() == null
                                                                        ? "founderAnswer.none"
                                                                        : "founderAnswer."
                                                                                + x.answer().name())
                                                        + (x.reason() == null
                                                                ? ""
                                                                : " (" + x.reason() + ")"))));
        add(
                new Paragraph(
                        getTranslation("founding.confirmed")
                                + ": "
                                + f.confirmedCount()
                                + " / "
                                + f.founders().size()),
                list);
        if (f.state() == FoundingState.REVIEWING) {
            add(new Paragraph(getTranslation("founding.waitingFoundation")));
        }
        if (f.election() != null) {
            Paragraph election =
                    new Paragraph(
                            getTranslation(
                                    "founding.electionState",
                                    getTranslation(
                                            "electionState." + f.election().state().name())));
            election.setId("founding-election");
            add(election);
            if (f.election().voteId() != null && f.election().state() == ElectionState.VOTING) {
                add(new Anchor("votes/" + f.election().voteId(), getTranslation("vote.page.open")));
            }
            if (f.election().leaderName() != null) {
                Paragraph leader =
                        new Paragraph(
                                getTranslation(
                                        "founding.electedLeader", f.election().leaderName()));
                leader.setId("founding-leader");
                add(leader);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return subjectTitle() + " · " + getTranslation("founding.page");
    }
}
