package org.sangsaeng.shared;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Implemented by each flow's module so that the explorer can show the business object of an
 * instance (the purchase, the vote, the coupon, the job post) by its business key ({@code
 * <prefix><id>}, as {@code ProcessEngine.start} sets it). Called for the signed-in user, whose
 * rights the module checks as on its own pages.
 */
public interface BusinessSummaries {

    /** The business-key prefix of this module's processes, e.g. {@code "group-purchase-"}. */
    String prefix();

    /**
     * The summary of the object with this id in the reader's language, or empty when there is none.
     */
    Optional<BusinessSummary> summary(long id, Locale locale);

    /**
     * The titles of these objects in one read (a purchase's or a coupon's title, an applicant's
     * shop), for lists of many, such as a task list showing what each task is about. Ids without an
     * object are left out. No rights check: the caller shows them only to someone who has a task
     * about them.
     */
    Map<Long, String> titles(Collection<Long> ids);

    /**
     * An object's id and title, as a module's repository reads them for {@link #titles}: with
     * native SQL ({@code where x.id in (:ids)}), as Hibernate translates a JPQL query with a list
     * parameter anew on every call (it keeps no plan for it), and every task list and every answer
     * reads titles.
     */
    interface Title {
        Long getId();

        String getTitle();
    }

    /** {@link #titles} from what a repository read. */
    static Map<Long, String> byId(List<Title> titles) {
        return titles.stream()
                .collect(Collectors.toMap(Title::getId, Title::getTitle, (a, b) -> a));
    }

    /**
     * The object a module's service loads, or empty when it says there is none (or none for this
     * reader).
     */
    static <T> Optional<T> ifFound(Supplier<T> load) {
        try {
            return Optional.of(load.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
