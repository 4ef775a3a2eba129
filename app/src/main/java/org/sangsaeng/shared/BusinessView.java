package org.sangsaeng.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Implemented by each flow's module so that the explorer can show the business object of an
 * instance (the purchase, the vote, the coupon, the job post) by its business key
 * ({@code <prefix><id>}, as {@code ProcessEngine.start} sets it). Called for the signed-in user,
 * whose rights the module checks as on its own pages.
 */
public interface BusinessView {

    /** The business-key prefix of this module's processes, e.g. {@code "group-purchase-"}. */
    String prefix();

    /** The summary of the object with this id in the reader's language, or empty when there is none. */
    Optional<BusinessSummary> summary(long id, Locale locale);

    /** The object a module's service loads, or empty when it says there is none (or none for this reader). */
    static <T> Optional<T> ifFound(java.util.function.Supplier<T> load) {
        try {
            return Optional.of(load.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
