/**
 * Backup and restore of the embedded default: the managed broker's data and the database copied
 * together during a short pause, into one archive with a manifest, and restored into an empty data
 * folder.
 */
package org.sangsaeng.backup;
