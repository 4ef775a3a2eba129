package org.sangsaeng.coupons.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.sangsaeng.coupons.ProductPages;
import org.sangsaeng.coupons.ProductPhoto;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A new-product message's photo, as the owner uploaded it (checked then): for its page and
 * messengers' previews.
 */
@RestController
class ProductPhotoController {

    private final ProductPages products;

    ProductPhotoController(ProductPages products) {
        this.products = products;
    }

    @GetMapping("/api/v1/public/products/{token}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String token, HttpServletRequest request) {
        ProductPhoto photo = products.photo(token, request.getRemoteAddr());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .body(photo.bytes());
    }
}
