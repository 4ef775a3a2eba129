package org.sangsaeng.membership.process;

import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.shared.ReviewDecision;
import org.springframework.stereotype.Component;

/**
 * The foundation's answer to a sign-up: approve, ask for changes saying what, or reject saying why.
 * The process continues with {@code decision} (the enum's name) and {@code reason}.
 */
@Component
class ReviewRegistrationForm implements UserTaskForm {

    @Override
    public String formKey() {
        return FormKey.MERCHANT_REGISTRATION_REVIEW.key();
    }

    @Override
    public Map<String, Object> validate(
            Map<String, Object> submitted, Map<String, Object> taskVariables) {
        ReviewDecision decision =
                ReviewDecision.of(submitted.get("decision"), "error.registration.decisionRequired");
        return Map.of(
                "decision",
                decision.name(),
                "reason",
                decision.requireText(
                        submitted.get("reason"),
                        "error.registration.reasonRequired",
                        "error.registration.changesRequired"));
    }
}
