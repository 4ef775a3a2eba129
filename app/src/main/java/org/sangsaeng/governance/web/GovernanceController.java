package org.sangsaeng.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sangsaeng.governance.CoopProposalForm;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.governance.CoopProposalView;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.DecisionView;
import org.sangsaeng.governance.RulesChange;
import org.sangsaeng.governance.RulesVersion;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Co-op decisions",
        description = "General proposals, the decision log and the co-op's versioned rules")
class GovernanceController {

    private final CoopProposalService proposals;
    private final CoopRulesService rules;

    GovernanceController(CoopProposalService proposals, CoopRulesService rules) {
        this.proposals = proposals;
        this.rules = rules;
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Propose something to my co-op (members), optionally new co-op rules; the leader reviews it")
    CoopProposalView propose(@RequestBody CoopProposalForm form) {
        return proposals.propose(form);
    }

    @GetMapping("/coops/{coopId}/proposals")
    @Operation(summary = "The co-op's proposals, newest first")
    List<CoopProposalView> ofCoop(@PathVariable long coopId) {
        return proposals.ofCoop(coopId);
    }

    @GetMapping("/proposals/{id}")
    @Operation(summary = "One proposal")
    CoopProposalView get(@PathVariable long id) {
        return proposals.get(id);
    }

    @PostMapping("/proposals/{id}/withdraw")
    @Operation(summary = "Withdraw my proposal before the leader puts it to a vote")
    CoopProposalView withdraw(@PathVariable long id) {
        return proposals.withdraw(id);
    }

    @GetMapping("/coops/{coopId}/decisions")
    @Operation(summary = "The co-op's decision log: outcome, counts and turnout")
    List<DecisionView> decisions(@PathVariable long coopId) {
        return proposals.decisions(coopId);
    }

    @GetMapping("/coops/{coopId}/rules")
    @Operation(summary = "The co-op's rules in force")
    RulesVersion rules(@PathVariable long coopId) {
        return rules.current(coopId);
    }

    @GetMapping("/coops/{coopId}/rules/history")
    @Operation(summary = "Every version of the co-op's rules, newest first")
    List<RulesVersion> history(@PathVariable long coopId) {
        return rules.history(coopId);
    }

    @PutMapping("/coops/{coopId}/rules")
    @Operation(
            summary =
                    "Change the co-op's rules (foundation only; members change them through a passed proposal)")
    RulesVersion change(@PathVariable long coopId, @RequestBody RulesChange change) {
        return rules.change(coopId, change);
    }
}
