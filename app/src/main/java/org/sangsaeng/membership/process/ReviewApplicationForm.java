package org.sangsaeng.membership.process;

import java.util.HashMap;
import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * A leader's decision on an application: approve, or reject with a reason the applicant will read.
 */
@Component
class ReviewApplicationForm implements UserTaskForm {

    @Override
    public String formKey() {
        return FormKey.MEMBERSHIP_REVIEW.key();
    }

    @Override
    public Map<String, Object> validate(
            Map<String, Object> submitted, Map<String, Object> taskVariables) {
        Object approved = submitted.get("approved");
        if (!(approved instanceof Boolean decision)) {
            throw new InvalidInputException("error.review.decisionRequired");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("approved", decision);
        if (decision) {
            variables.put("reason", "");
        } else {
            variables.put("reason", MembershipService.requireReason(submitted.get("reason")));
        }
        return variables;
    }
}
