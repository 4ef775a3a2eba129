package org.sangsaeng.purchase.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sangsaeng.purchase.BillService;
import org.sangsaeng.purchase.BillView;
import org.sangsaeng.purchase.PledgeForm;
import org.sangsaeng.purchase.PledgeService;
import org.sangsaeng.purchase.ProposalForm;
import org.sangsaeng.purchase.ProposalService;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.PurchaseView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Group purchases",
        description =
                "Proposals, pledges with live pack fill, allocations, the split and the ledger")
class PurchaseController {

    private final ProposalService proposals;
    private final PurchaseService purchases;
    private final PledgeService pledges;
    private final BillService bills;

    PurchaseController(
            ProposalService proposals,
            PurchaseService purchases,
            PledgeService pledges,
            BillService bills) {
        this.proposals = proposals;
        this.purchases = purchases;
        this.pledges = pledges;
        this.bills = bills;
    }

    @PostMapping("/purchases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a group purchase (co-op leader); the member vote starts at once")
    PurchaseView propose(@RequestBody ProposalForm form) {
        return proposals.propose(form);
    }

    @GetMapping("/purchases")
    @Operation(summary = "Group purchases of a co-op")
    List<PurchaseView> ofCoop(@RequestParam long coopId) {
        return purchases.ofCoop(coopId);
    }

    @GetMapping("/purchases/{id}")
    @Operation(
            summary =
                    "One purchase: stage, vote, live pack fill, my pledges and allocation, supplier answer")
    PurchaseView get(@PathVariable long id) {
        return purchases.get(id);
    }

    @PutMapping("/purchases/{id}/pledges")
    @Operation(summary = "Pledge or change my quantities while the pooled order is open")
    PurchaseView pledge(@PathVariable long id, @RequestBody PledgeForm form) {
        return pledges.pledge(id, form);
    }

    @GetMapping("/purchases/{id}/bills")
    @Operation(summary = "The split: my bill line by line (the leader sees every member's)")
    List<BillView> bills(@PathVariable long id) {
        return bills.bills(id);
    }

    @GetMapping("/suppliers/me/orders")
    @Operation(
            summary =
                    "The signed-in supplier's orders: purchases sent to it, their stage and its answers")
    List<PurchaseView> mySupplierOrders() {
        return purchases.mySupplierOrders();
    }

    @GetMapping("/ledger")
    @Operation(summary = "My ledger: what I owe and paid across purchases")
    List<BillView> ledger() {
        return bills.myLedger();
    }
}
