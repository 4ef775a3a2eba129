/**
 * The market's public page: one page per market that customers open without an account, with its
 * shops, current public coupons, open joint offers and the co-ops' public notices.
 */
package org.sangsaeng.market;
