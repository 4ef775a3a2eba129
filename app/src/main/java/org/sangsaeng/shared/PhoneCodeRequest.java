package org.sangsaeng.shared;

/** A request of the open APIs to prove this phone with a code sent by SMS. */
public record PhoneCodeRequest(String phone) {}
