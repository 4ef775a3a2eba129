package org.sangsaeng.sale.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sangsaeng.sale.JointOfferService;
import org.sangsaeng.sale.OfferForm;
import org.sangsaeng.sale.OfferView;
import org.sangsaeng.sale.PaymentMethod;
import org.sangsaeng.sale.PickupReceipt;
import org.sangsaeng.sale.SaleCounter;
import org.sangsaeng.sale.SaleLedger;
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
@Tag(
        name = "Joint sales",
        description = "A co-op's joint offers to customers (joint-sale): proposals, orders, pickup")
class JointSaleController {

    private final JointOfferService offers;
    private final SaleCounter counter;
    private final SaleLedger ledger;

    JointSaleController(JointOfferService offers, SaleCounter counter, SaleLedger ledger) {
        this.offers = offers;
        this.counter = counter;
        this.ledger = ledger;
    }

    /**
     * An order code at the counter and, for an order not paid by transfer, how it is paid now (CASH
     * or CARD).
     */
    record PickupRequest(String code, PaymentMethod method) {}

    record TransferRequest(String code) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Propose a joint offer (a member of the co-op); each contributing shop is asked to confirm its part")
    OfferView propose(@RequestBody OfferForm form) {
        return offers.propose(form);
    }

    @GetMapping
    @Operation(summary = "The joint offers of a co-op")
    List<OfferView> ofCoop(@RequestParam long coopId) {
        return offers.ofCoop(coopId);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One joint offer: its stage, the shops' parts and answers, the sets ordered")
    OfferView get(@PathVariable long id) {
        return offers.get(id);
    }

    @GetMapping("/{id}/orders")
    @Operation(summary = "The customers' orders of an offer (members of its co-op; phones masked)")
    List<SaleCounter.OrderLine> orders(@PathVariable long id) {
        return counter.orders(id);
    }

    @GetMapping("/{id}/statement")
    @Operation(
            summary =
                    "A closed sale's statement: what customers paid and each shop's share, with every number of its computation")
    SaleStatement statement(@PathVariable long id) {
        return ledger.statement(id);
    }

    @PostMapping("/{id}/transfers")
    @Operation(
            summary =
                    "The leader confirms that an order's bank transfer arrived; the customer is told nothing is due at pickup")
    SaleCounter.OrderLine confirmTransfer(
            @PathVariable long id, @RequestBody TransferRequest request) {
        return ledger.confirmTransfer(id, request.code());
    }

    @PostMapping("/{id}/shares/{shop}/payout")
    @Operation(
            summary = "The leader records that a shop was paid its share of a closed sale (once)")
    SaleStatement payOut(@PathVariable long id, @PathVariable String shop) {
        return ledger.payOut(id, shop);
    }

    @GetMapping("/ledger")
    @Operation(summary = "My shop's shares of closed joint sales and whether each was paid out")
    List<SaleLedger.LedgerEntry> myLedger() {
        return ledger.myLedger();
    }

    @GetMapping("/pickups/{code}")
    @Operation(
            summary =
                    "What the counter sees for an order code before handing over: the sets, the amount, whether it is paid")
    SaleCounter.OrderLine look(@PathVariable String code) {
        return counter.look(code);
    }

    @PostMapping("/pickups")
    @Operation(
            summary =
                    "Hand over an order's sets at the counter by its code; an unpaid order is paid now in cash or by card (once per code)")
    PickupReceipt pickUp(@RequestBody PickupRequest request) {
        return counter.pickUp(request.code(), request.method());
    }
}
