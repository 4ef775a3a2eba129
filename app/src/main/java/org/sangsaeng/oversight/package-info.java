/**
 * Foundation oversight of every flow: the audit trail the broker's exporter writes, and the check
 * that it was not changed afterwards (a SHA-256 hash chain per partition).
 */
package org.sangsaeng.oversight;
