/**
 * What a new installation still lacks before its first co-op can work: the foundation's set-up
 * checklist.
 */
package org.sangsaeng.setup;
