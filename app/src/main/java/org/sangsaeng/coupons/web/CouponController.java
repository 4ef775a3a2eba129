package org.sangsaeng.coupons.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.sangsaeng.coupons.CouponCounter;
import org.sangsaeng.coupons.CouponForm;
import org.sangsaeng.coupons.CouponQueries;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.CouponStats;
import org.sangsaeng.coupons.CouponView;
import org.sangsaeng.coupons.CustomerForm;
import org.sangsaeng.coupons.CustomerService;
import org.sangsaeng.coupons.CustomerView;
import org.sangsaeng.coupons.ImportPreview;
import org.sangsaeng.coupons.Redemption;
import org.sangsaeng.coupons.ShopMessageService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Coupons and regular customers",
        description =
                "Customers (masked phones), CSV import and export, coupon drafts, redemption, statistics, new-product messages")
class CouponController {

    record RedeemRequest(String code, long purchaseWon) {}

    record MessageRequest(String text, String productName, Long priceWon) {}

    private final CouponService coupons;
    private final CouponQueries queries;
    private final CouponCounter counter;
    private final CustomerService customers;
    private final ShopMessageService messages;

    CouponController(
            CouponService coupons,
            CouponQueries queries,
            CouponCounter counter,
            CustomerService customers,
            ShopMessageService messages) {
        this.coupons = coupons;
        this.queries = queries;
        this.counter = counter;
        this.customers = customers;
        this.messages = messages;
    }

    @GetMapping("/customers")
    @Operation(summary = "My shop's regular customers, phone numbers masked")
    List<CustomerView> customers() {
        return customers.mine();
    }

    @PostMapping("/customers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Add a regular customer who agreed to messages (date and wording of the consent)")
    CustomerView addCustomer(@RequestBody CustomerForm form) {
        return customers.add(form);
    }

    @PostMapping(value = "/customers/import", consumes = "text/csv")
    @Operation(
            summary =
                    "Import customers from CSV (name,phone,consent_on,consent_text,tags): commit=false previews, commit=true stores the rows without errors")
    ImportPreview importCustomers(
            @RequestBody String csv,
            @RequestParam(defaultValue = "false") boolean commit,
            Locale locale) {
        return customers.importCsv(csv, commit, locale);
    }

    @GetMapping(value = "/customers/export", produces = "text/csv")
    @Operation(summary = "Export my customers as CSV, with full phone numbers (the owner only)")
    String exportCustomers() {
        return customers.exportCsv();
    }

    @PostMapping("/coupons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Draft a coupon (co-op members); the leader (and the foundation when needed) approves it")
    CouponView draft(@RequestBody CouponForm form) {
        return coupons.draft(form);
    }

    @GetMapping("/coupons")
    @Operation(summary = "My coupons")
    List<CouponView> mine() {
        return queries.mine();
    }

    @GetMapping("/coops/{coopId}/coupons")
    @Operation(summary = "The coupons of a co-op (its leader, the foundation)")
    List<CouponView> ofCoop(@PathVariable long coopId) {
        return queries.ofCoop(coopId);
    }

    @GetMapping("/coupons/{id}")
    @Operation(summary = "One coupon with its figures")
    CouponView get(@PathVariable long id) {
        return queries.get(id);
    }

    @GetMapping("/coupons/{id}/stats")
    @Operation(summary = "Issued, opened, redeemed, redemption rate and discount given, per shop")
    CouponStats stats(@PathVariable long id) {
        return queries.stats(id);
    }

    @PostMapping("/redemptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Redeem a code at my counter for a purchase (exactly once per allowed use)")
    Redemption redeem(@RequestBody RedeemRequest request) {
        return counter.redeem(request.code(), request.purchaseWon());
    }

    @PostMapping(value = "/shop-messages", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Send a new-product message to my opted-in regulars (a daily cap per customer applies)")
    ShopMessageService.Sent message(@RequestBody MessageRequest request) {
        return messages.send(
                request == null
                        ? null
                        : new ShopMessageService.ProductMessage(
                                request.text(), request.productName(), request.priceWon(), null));
    }

    @PostMapping(
            value = "/shop-messages",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Send a new-product message with the product's photo (JPEG or PNG, at most 900 KB)")
    ShopMessageService.Sent messageWithPhoto(
            @RequestParam String text,
            @RequestParam(required = false) String productName,
            @RequestParam(required = false) Long priceWon,
            @RequestParam(required = false) MultipartFile photo)
            throws IOException {
        return messages.send(
                new ShopMessageService.ProductMessage(
                        text, productName, priceWon, photo == null ? null : photo.getBytes()));
    }
}
