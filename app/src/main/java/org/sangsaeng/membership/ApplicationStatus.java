package org.sangsaeng.membership;

public enum ApplicationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
