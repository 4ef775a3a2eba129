package org.sangsaeng.coop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sangsaeng.coop.CoopAdministration;
import org.sangsaeng.coop.CoopDetails;
import org.sangsaeng.coop.CoopForm;
import org.sangsaeng.coop.MarketAdministration;
import org.sangsaeng.coop.MarketDetails;
import org.sangsaeng.coop.MarketForm;
import org.sangsaeng.coop.SupplierAdministration;
import org.sangsaeng.coop.SupplierDetails;
import org.sangsaeng.coop.SupplierForm;
import org.sangsaeng.shared.ResultPage;
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
@RequestMapping("/api/v1/admin")
@Tag(
        name = "Administration",
        description = "Markets, co-ops and suppliers, kept by foundation officers and admins")
class AdministrationController {

    private final MarketAdministration markets;
    private final CoopAdministration coops;
    private final SupplierAdministration suppliers;

    AdministrationController(
            MarketAdministration markets,
            CoopAdministration coops,
            SupplierAdministration suppliers) {
        this.markets = markets;
        this.coops = coops;
        this.suppliers = suppliers;
    }

    /** Who answers for a supplier: an account with the role SUPPLIER, by username. */
    record AccountLink(String username) {}

    @GetMapping("/markets")
    @Operation(
            summary =
                    "Markets whose name, district or address contains q, a page at a time, by name")
    ResultPage<MarketDetails> markets(
            @RequestParam(defaultValue = "") String q,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size) {
        return markets.list(q, page, size);
    }

    @PostMapping("/markets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a market (unique name, district, address)")
    MarketDetails createMarket(@RequestBody MarketForm form) {
        return markets.create(form);
    }

    @PutMapping("/markets/{id}")
    @Operation(summary = "Rename a market, or change its district or address")
    MarketDetails changeMarket(@PathVariable long id, @RequestBody MarketForm form) {
        return markets.change(id, form);
    }

    @GetMapping("/coops")
    @Operation(
            summary =
                    "Co-ops (of one market, when marketId is given) whose name or description contains q, by name")
    ResultPage<CoopDetails> coops(
            @RequestParam(required = false) Long marketId,
            @RequestParam(defaultValue = "") String q,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size) {
        return coops.list(marketId, q, page, size);
    }

    @PostMapping("/coops")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a co-op in a market (unique name, optional description)")
    CoopDetails createCoop(@RequestBody CoopForm form) {
        return coops.create(form);
    }

    @PutMapping("/coops/{id}")
    @Operation(summary = "Change a co-op's name or description (its market stays)")
    CoopDetails changeCoop(@PathVariable long id, @RequestBody CoopForm form) {
        return coops.change(id, form);
    }

    @GetMapping("/suppliers")
    @Operation(
            summary =
                    "Suppliers whose name, business number or goods contain q, a page at a time, by name")
    ResultPage<SupplierDetails> suppliers(
            @RequestParam(defaultValue = "") String q,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size) {
        return suppliers.list(q, page, size);
    }

    @PostMapping("/suppliers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Create a supplier (unique name and business number 123-45-67890 with a valid check digit)")
    SupplierDetails createSupplier(@RequestBody SupplierForm form) {
        return suppliers.create(form);
    }

    @PutMapping("/suppliers/{id}")
    @Operation(summary = "Change a supplier's company details")
    SupplierDetails changeSupplier(@PathVariable long id, @RequestBody SupplierForm form) {
        return suppliers.change(id, form);
    }

    @PutMapping("/suppliers/{id}/account")
    @Operation(
            summary =
                    "Link the account (role SUPPLIER, answering for no other supplier) that answers for the supplier")
    SupplierDetails linkAccount(@PathVariable long id, @RequestBody AccountLink link) {
        return suppliers.linkAccount(id, link.username());
    }
}
