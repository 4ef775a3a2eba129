/**
 * The co-op board: members share notices, information (with links to outside sources) and
 * questions, comment and mark posts useful; the leader pins notices; decisions of the co-op are
 * posted when they are taken; a weekly digest goes to members who ask for it.
 */
package org.sangsaeng.board;
