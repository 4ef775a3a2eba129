package org.sangsaeng.coop;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What the administration of markets, co-ops and suppliers needs to know of accounts. The
 * membership module answers it: membership already depends on coop, so coop asks through this
 * interface instead of calling membership.
 */
public interface AccountLookup {

    /**
     * The signed-in person's username if they may administer (foundation officers and admins);
     * refuses anyone else.
     */
    String requireAdministrator();

    /** The account with this username, if there is one. */
    Optional<Account> byUsername(String username);

    /** Usernames of accounts by id, read in one query. */
    Map<Long, String> usernames(Collection<Long> ids);

    /** An account as the administration sees it: whether it has the role SUPPLIER. */
    record Account(long id, String username, boolean supplier) {}
}
