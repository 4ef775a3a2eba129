package org.sangsaeng.membership;

/** A person's new password, with the current one as proof that it is them. */
public record PasswordChange(String currentPassword, String newPassword) {}
