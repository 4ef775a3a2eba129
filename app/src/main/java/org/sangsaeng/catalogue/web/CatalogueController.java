package org.sangsaeng.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sangsaeng.catalogue.CatalogueItem;
import org.sangsaeng.catalogue.CatalogueItemForm;
import org.sangsaeng.catalogue.CatalogueService;
import org.sangsaeng.catalogue.ItemChange;
import org.sangsaeng.catalogue.PriceChange;
import org.sangsaeng.catalogue.PriceEntry;
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
@RequestMapping("/api/v1/suppliers/{supplierId}/catalogue")
@Tag(
        name = "Supplier catalogues",
        description =
                "Items, pack sizes and dated prices a supplier offers; leaders propose purchases from them")
class CatalogueController {

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(
            summary =
                    "A supplier's catalogue with today's prices (withdrawn items last); anyone signed in")
    List<CatalogueItem> list(@PathVariable long supplierId) {
        return catalogue.of(supplierId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Add an item with its first price (the supplier, or the foundation and admins on its behalf)")
    CatalogueItem add(@PathVariable long supplierId, @RequestBody CatalogueItemForm form) {
        return catalogue.add(supplierId, form);
    }

    @PutMapping("/{itemId}")
    @Operation(
            summary = "Change an item's name, unit or pack size; its price changes through /prices")
    CatalogueItem change(
            @PathVariable long supplierId,
            @PathVariable long itemId,
            @RequestBody ItemChange change) {
        return catalogue.change(supplierId, itemId, change);
    }

    @PostMapping("/{itemId}/prices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "A new price valid from a day (not before the newest price's day); old prices stay in the history")
    CatalogueItem changePrice(
            @PathVariable long supplierId,
            @PathVariable long itemId,
            @RequestBody PriceChange change) {
        return catalogue.changePrice(supplierId, itemId, change);
    }

    @GetMapping("/{itemId}/prices")
    @Operation(summary = "An item's price history, oldest first")
    List<PriceEntry> prices(@PathVariable long supplierId, @PathVariable long itemId) {
        return catalogue.prices(supplierId, itemId);
    }

    @PostMapping("/{itemId}/withdraw")
    @Operation(
            summary =
                    "Withdraw an item: no longer offered, never deleted; purchases that used it keep it")
    CatalogueItem withdraw(@PathVariable long supplierId, @PathVariable long itemId) {
        return catalogue.withdraw(supplierId, itemId);
    }
}
