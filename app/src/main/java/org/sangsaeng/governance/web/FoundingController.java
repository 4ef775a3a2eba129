package org.sangsaeng.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sangsaeng.governance.CoopFoundingService;
import org.sangsaeng.governance.ElectionForm;
import org.sangsaeng.governance.ElectionView;
import org.sangsaeng.governance.FoundingForm;
import org.sangsaeng.governance.FoundingView;
import org.sangsaeng.governance.LeaderElectionService;
import org.sangsaeng.membership.MemberDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Co-op founding and elections",
        description = "Merchants found a co-op; members elect their leader")
class FoundingController {

    private final CoopFoundingService foundings;
    private final LeaderElectionService elections;

    FoundingController(CoopFoundingService foundings, LeaderElectionService elections) {
        this.foundings = foundings;
        this.elections = elections;
    }

    @GetMapping("/foundings/founders")
    @Operation(
            summary = "Merchants to name as founders, by name, username or shop (merchants only)")
    List<MemberDirectory.Merchant> searchFounders(
            @RequestParam(name = "q", required = false) String q) {
        return foundings.searchFounders(q);
    }

    @PostMapping("/foundings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Propose a new co-op with at least five founders (me among them) and its first rules")
    FoundingView propose(@RequestBody FoundingForm form) {
        return foundings.propose(form);
    }

    @GetMapping("/foundings")
    @Operation(summary = "The foundings I am a founder of, newest first")
    List<FoundingView> mine() {
        return foundings.mine();
    }

    @GetMapping("/foundings/{id}")
    @Operation(
            summary =
                    "One founding: who confirmed, where it stands, the co-op and its election once founded")
    FoundingView get(@PathVariable long id) {
        return foundings.get(id);
    }

    @PostMapping("/coops/{coopId}/elections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Call a leader election among the members who stand (the co-op's leader or the foundation)")
    ElectionView startElection(@PathVariable long coopId, @RequestBody ElectionForm form) {
        return elections.start(coopId, form);
    }

    @GetMapping("/coops/{coopId}/elections")
    @Operation(summary = "The co-op's leader elections, newest first")
    List<ElectionView> ofCoop(@PathVariable long coopId) {
        return elections.ofCoop(coopId);
    }

    @GetMapping("/elections/{id}")
    @Operation(summary = "One leader election")
    ElectionView election(@PathVariable long id) {
        return elections.get(id);
    }
}
