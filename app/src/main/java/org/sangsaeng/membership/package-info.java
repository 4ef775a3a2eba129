/**
 * Merchants' accounts and roles, co-op memberships and applications to join a co-op (the {@code
 * membership-application} process), and who the signed-in user is.
 */
package org.sangsaeng.membership;
