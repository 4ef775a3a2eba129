package org.sangsaeng.voting;

public enum Choice {
    YES,
    NO,
    ABSTAIN
}
