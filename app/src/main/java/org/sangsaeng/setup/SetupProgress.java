package org.sangsaeng.setup;

/**
 * The steps from an empty database to a first working co-op, each done or not, in the order a
 * foundation takes them: a market, a supplier, merchants with accounts, a co-op of the market.
 */
public record SetupProgress(
        boolean marketCreated,
        boolean supplierCreated,
        boolean merchantsInvited,
        boolean coopFounded) {

    public boolean done() {
        return marketCreated && supplierCreated && merchantsInvited && coopFounded;
    }
}
