package org.sangsaeng.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sangsaeng.voting.Choice;
import org.sangsaeng.voting.VoteService;
import org.sangsaeng.voting.VoteView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/votes")
@Tag(name = "Votes", description = "Member votes: turnout, result, my ballot")
class VoteController {

    private final VoteService votes;

    VoteController(VoteService votes) {
        this.votes = votes;
    }

    /** YES / NO / ABSTAIN, or in an election the username of a candidate (or ABSTAIN). */
    record Ballot(Choice choice, String candidate, String reason) {}

    @GetMapping("/{id}")
    @Operation(
            summary = "A vote of my co-op: live turnout while open, counts and outcome once closed")
    VoteView get(@PathVariable long id) {
        return votes.get(id);
    }

    @PostMapping("/{id}/ballot")
    @Operation(
            summary =
                    "Vote (in an election: for a candidate), or change my vote while the vote is open (the latest counts)")
    VoteView cast(@PathVariable long id, @RequestBody Ballot ballot) {
        return ballot.candidate() != null
                ? votes.castFor(id, ballot.candidate())
                : votes.cast(id, ballot.choice(), ballot.reason());
    }
}
