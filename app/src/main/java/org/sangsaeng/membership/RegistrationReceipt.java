package org.sangsaeng.membership;

/** A sign-up received: it now waits for the foundation's review. */
public record RegistrationReceipt(long id, String username, RegistrationStatus status) {}
