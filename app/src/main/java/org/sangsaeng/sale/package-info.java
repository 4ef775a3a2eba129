/**
 * Joint selling (공동 판매): the co-op offers customers sets made of several shops' goods; the shops
 * confirm their parts, the members vote, customers order on a public page without an account, and
 * the sets are picked up and paid at the counter.
 */
package org.sangsaeng.sale;
