package org.sangsaeng.backup;

/**
 * A backup or a restore that was not done, with the reason a person can act on; nothing was
 * changed.
 */
public class BackupRefused extends RuntimeException {

    public BackupRefused(String reason) {
        super(reason);
    }

    public BackupRefused(String reason, Throwable cause) {
        super(reason, cause);
    }
}
