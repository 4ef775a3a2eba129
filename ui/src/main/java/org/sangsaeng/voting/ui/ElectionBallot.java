package org.sangsaeng.voting.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.voting.Candidate;
import org.sangsaeng.voting.Choice;
import org.sangsaeng.voting.VoteView;

/**
 * An election's ballot: one of the candidates, by name and shop, or abstain. The value is a
 * candidate's username, or {@link #ABSTAIN}.
 */
class ElectionBallot extends RadioButtonGroup<String> {

    static final String ABSTAIN = "-" + Choice.ABSTAIN.name();

    ElectionBallot(VoteView vote, String label) {
        super(label);
        setId("vote-candidate");
        addThemeName("vertical");
        Map<String, String> labels = new HashMap<>();
        List<String> items = new ArrayList<>();
        for (Candidate c : vote.candidates()) {
            items.add(c.username());
            labels.put(
                    c.username(),
                    getTranslation(
                            "vote.candidate",
                            c.displayName(),
                            c.shopName() == null || c.shopName().isEmpty()
                                    ? c.username()
                                    : c.shopName()));
        }
        items.add(ABSTAIN);
        labels.put(ABSTAIN, getTranslation("choice.ABSTAIN"));
        setItems(items);
        setItemLabelGenerator(labels::get);
        setValue(
                vote.myCandidate() != null
                        ? vote.myCandidate()
                        : vote.myChoice() == Choice.ABSTAIN ? ABSTAIN : null);
        setRequiredIndicatorVisible(true);
    }

    /** What the vote task's form submits. */
    Map<String, Object> submission() {
        Map<String, Object> values = new HashMap<>();
        if (ABSTAIN.equals(getValue())) {
            values.put("choice", Choice.ABSTAIN.name());
        } else {
            values.put("candidate", getValue());
        }
        return values;
    }

    /** A candidate's name as the ballot shows it. */
    static String nameOf(VoteView vote, String username) {
        return vote.candidates().stream()
                .filter(c -> c.username().equals(username))
                .map(Candidate::displayName)
                .findFirst()
                .orElse(username);
    }
}
