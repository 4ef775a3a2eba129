package org.sangsaeng.membership;

import java.util.Locale;
import org.sangsaeng.membership.domain.UserAccount;
import org.sangsaeng.membership.domain.UserAccounts;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding accounts to administer, for the foundation and admins: a search a page at a time, and one
 * account.
 */
@Service
@Transactional(readOnly = true)
public class AccountSearch {

    public static final int MAX_PAGE_SIZE = 200;

    private final UserAccounts accounts;
    private final AccountSupport support;

    AccountSearch(UserAccounts accounts, AccountSupport support) {
        this.accounts = accounts;
        this.support = support;
    }

    /**
     * Accounts the search finds, a page at a time (page from 0, size up to {@value
     * #MAX_PAGE_SIZE}), by username.
     */
    public AccountPage search(AccountQuery query, int page, int size) {
        support.administrator();
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("error.account.page", MAX_PAGE_SIZE);
        }
        Page<UserAccount> found =
                find(
                        query == null ? AccountQuery.ALL : query,
                        PageRequest.of(page, size, Sort.by("username")));
        return new AccountPage(
                found.getContent().stream().map(AccountSupport::summary).toList(),
                found.getTotalElements(),
                page,
                size);
    }

    public AccountSummary get(long accountId) {
        support.administrator();
        return AccountSupport.summary(support.find(accountId));
    }

    private Page<UserAccount> find(AccountQuery query, PageRequest page) {
        String text =
                query.text() == null || query.text().isBlank()
                        ? null
                        : "%"
                                + query.text()
                                        .trim()
                                        .toLowerCase(Locale.ROOT)
                                        .replace("!", "!!")
                                        .replace("%", "!%")
                                        .replace("_", "!_")
                                + "%";
        if (text != null && text.length() > 102) {
            throw new InvalidInputException("error.text.tooLong", 100);
        }
        if (query.role() == Role.LEADER) {
            throw new InvalidInputException("error.account.unknownRole", query.role());
        }
        boolean merchants = query.role() == Role.MEMBER;
        return accounts.search(
                text, merchants ? null : query.role(), merchants, query.active(), page);
    }
}
