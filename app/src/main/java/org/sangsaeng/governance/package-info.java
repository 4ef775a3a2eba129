/**
 * How a co-op decides: general proposals put to a member vote (the {@code coop-proposal} process),
 * the decision log, and the co-op's versioned rules that other flows start with.
 */
package org.sangsaeng.governance;
