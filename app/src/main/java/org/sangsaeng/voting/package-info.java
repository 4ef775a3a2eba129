/**
 * Member votes: the reusable {@code member-vote} process that any flow calls (group purchases,
 * general proposals). The electorate is fixed when a vote opens; members may change their vote
 * until it closes; quorum and majority rules decide the outcome.
 */
package org.sangsaeng.voting;
