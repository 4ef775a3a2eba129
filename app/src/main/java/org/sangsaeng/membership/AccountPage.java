package org.sangsaeng.membership;

import java.util.List;

/**
 * One page of a search of accounts: the page's items, how many the search found in all, the page
 * number and size.
 */
public record AccountPage(List<AccountSummary> items, long total, int page, int size) {}
