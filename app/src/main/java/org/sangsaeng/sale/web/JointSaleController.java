package org.sangsaeng.sale.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.OfferForm;
import org.sangsaeng.sale.OfferView;
import org.sangsaeng.sale.PickupReceipt;
import org.sangsaeng.sale.SaleCounter;
import org.sangsaeng.sale.SaleStatement;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Joint offers for the co-op's members: proposing, reading, the orders and the pickup counter. */
@RestController
@RequestMapping("/api/v1/sale-offers")
@Tag(name = "Joint sales", description = "A co-op's joint offers to customers (joint-sale): proposals, orders, pickup")
class JointSaleController {

    private final JointOfferService offers;
    private final SaleCounter counter;

    JointSaleController(JointOfferService offers, SaleCounter counter) {
        this.offers = offers;
        this.counter = counter;
    }

    record PickupRequest(String code) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a joint offer (a member of the co-op); each contributing shop is asked to confirm its part")
    OfferView propose(@RequestBody OfferForm form) {
        return offers.propose(form);
    }

    @GetMapping
    @Operation(summary = "The joint offers of a co-op")
    List<OfferView> ofCoop(@RequestParam long coopId) {
        return offers.ofCoop(coopId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One joint offer: its stage, the shops' parts and answers, the sets ordered")
    OfferView get(@PathVariable long id) {
        return offers.get(id);
    }

    @GetMapping("/{id}/orders")
    @Operation(summary = "The customers' orders of an offer (members of its co-op; phones masked)")
    List<SaleCounter.OrderLine> orders(@PathVariable long id) {
        return counter.orders(id);
    }

    @GetMapping("/{id}/statement")
    @Operation(summary = "A closed sale's statement: what customers paid and each shop's share, with every number of its computation")
    SaleStatement statement(@PathVariable long id) {
        return counter.statement(id);
    }

    @PostMapping("/pickups")
    @Operation(summary = "Hand over an order's sets at the counter by its code and record the payment (once per code)")
    PickupReceipt pickUp(@RequestBody PickupRequest request) {
        return counter.pickUp(request.code());
    }
}
