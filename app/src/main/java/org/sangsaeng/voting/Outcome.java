package org.sangsaeng.voting;

public enum Outcome {
    PASSED,
    FAILED,
    NO_QUORUM
}
