package org.sangsaeng.shared;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database or the engine cannot answer for a moment (restarting, overloaded, a lock given up
 * on): the request's transaction is rolled back, nothing of it is kept, and the same request may be
 * tried again. The API answers 503 with Retry-After; the UI says "try again".
 */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String what, Throwable cause) {
        super(what + " unavailable for a moment: " + cause, cause);
    }

    /**
     * Whether this failure, or one that caused it, is such a moment rather than a fault of ours.
     */
    public static boolean isMomentary(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof ServiceUnavailableException
                    || t instanceof TransientDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
