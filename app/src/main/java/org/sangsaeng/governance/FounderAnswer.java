package org.sangsaeng.governance;

/** A founder's answer to a founding proposal; none yet while they have not answered. */
public enum FounderAnswer {
    CONFIRMED,
    DECLINED
}
