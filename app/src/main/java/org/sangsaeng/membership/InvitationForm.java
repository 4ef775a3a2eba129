package org.sangsaeng.membership;

/**
 * Whom a co-op leader invites to sign up: a name, and a phone or an e-mail address (the phone is
 * preferred).
 */
public record InvitationForm(String name, String phone, String email) {}
