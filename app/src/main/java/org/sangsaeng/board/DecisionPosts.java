package org.sangsaeng.board;

import org.sangsaeng.governance.DecisionRecorded;
import org.sangsaeng.governance.DecisionView;
import org.sangsaeng.shared.Messages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Puts every decision of a co-op on its board, in the transaction that records it. */
@Component
class DecisionPosts {

    private final BoardService board;
    private final Messages messages;

    DecisionPosts(BoardService board, Messages messages) {
        this.board = board;
        this.messages = messages;
    }

    @EventListener
    void on(DecisionRecorded event) {
        DecisionView d = event.decision();
        String outcome = messages.get("decision.outcome." + d.outcome().name(), Messages.KOREAN);
        String title = messages.get("decision.post.title", Messages.KOREAN, outcome, d.title());
        String body =
                messages.get(
                                "decision.post.body",
                                Messages.KOREAN,
                                d.title(),
                                outcome,
                                d.yes(),
                                d.no(),
                                d.abstain(),
                                d.electorate(),
                                d.turnoutPercent())
                        + (d.adoptedRulesVersion() == null
                                ? ""
                                : "\n"
                                        + messages.get(
                                                "decision.post.rules",
                                                Messages.KOREAN,
                                                d.adoptedRulesVersion()));
        board.systemPost(
                event.coopId(),
                title.length() > 200 ? title.substring(0, 200) : title,
                body,
                "decision:" + d.proposalId());
    }
}
