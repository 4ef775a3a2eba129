package org.sangsaeng.oversight;

import java.util.Objects;

/** One partition's rows in order: each must link to the one before and hash to what it stores. */
final class ChainWalk {
    long checked;
    long beforeChain;
    private boolean started;
    private String last;
    private String beforeLast;
    private long lastPosition;

    ChainReport.Broken next(AuditRows.Stored s) {
        if (s.rowHash() == null) {
            if (started) {
                return broken(s.row().partitionId(), s.row().position(), "audit.broken.noHash");
            }
            beforeChain++;
            return null;
        }
        if (!Objects.equals(s.prevHash(), started ? last : null)) {
            // Linking past the row before means that row was put in between: name the one put
            // in.
            return started && beforeLast != null && beforeLast.equals(s.prevHash())
                    ? broken(s.row().partitionId(), lastPosition, "audit.broken.inserted")
                    : broken(s.row().partitionId(), s.row().position(), "audit.broken.link");
        }
        if (!AuditChain.hash(s.prevHash(), s.row()).equals(s.rowHash())) {
            return broken(s.row().partitionId(), s.row().position(), "audit.broken.content");
        }
        started = true;
        beforeLast = last;
        last = s.rowHash();
        lastPosition = s.row().position();
        checked++;
        return null;
    }

    private static ChainReport.Broken broken(int partition, long position, String reason) {
        return new ChainReport.Broken(partition, position, reason);
    }
}
