package org.sangsaeng.sale.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.sangsaeng.sale.CustomerOrders;
import org.sangsaeng.sale.OrderDetails;
import org.sangsaeng.sale.OrderForm;
import org.sangsaeng.sale.OrderReceipt;
import org.sangsaeng.sale.PublicOffer;
import org.sangsaeng.shared.Answer;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.PhoneCodeRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What customers use without an account: an offer's public page, ordering with a phone code, the
 * order's link.
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(
        name = "Joint sales (customers)",
        description = "Ordering a joint offer's sets without an account (no sign-in)")
class PublicSaleController {

    private final CustomerOrders orders;
    private final Messages messages;

    PublicSaleController(CustomerOrders orders, Messages messages) {
        this.orders = orders;
        this.messages = messages;
    }

    @GetMapping("/sale-offers/{id}")
    @Operation(
            summary =
                    "A joint offer as customers see it: the sets, price, sets left, pickup slots (no sign-in)")
    PublicOffer offer(@PathVariable long id) {
        return orders.publicOffer(id);
    }

    @PostMapping("/phone-codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary =
                    "Send a 6-digit code by SMS that proves the customer's phone (at most 3 in 15 minutes)")
    Answer sendCode(@RequestBody PhoneCodeRequest request, Locale locale) {
        return Answer.of(
                messages,
                "registration.codeSent",
                locale,
                orders.sendCode(request.phone(), locale));
    }

    @PostMapping("/sale-offers/{id}/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Order sets with the phone's code; answers the order's link token and pickup code (no sign-in)")
    OrderReceipt order(@PathVariable long id, @RequestBody OrderForm form, Locale locale) {
        return orders.order(id, form, locale);
    }

    @GetMapping("/sale-orders/{token}")
    @Operation(summary = "The order behind its link (no sign-in)")
    OrderDetails details(@PathVariable String token) {
        return orders.details(token);
    }

    @PostMapping("/sale-orders/{token}/cancel")
    @Operation(
            summary =
                    "Cancel the order behind its link while the order window is open (no sign-in)")
    OrderDetails cancel(@PathVariable String token) {
        return orders.cancel(token);
    }
}
