package org.sangsaeng.setup;

import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.MemberDirectory;
import org.springframework.stereotype.Service;

/**
 * How far set-up has come, read from what exists; for the foundation and admins who do the set-up.
 */
@Service
public class SetupChecklist {

    private final CoopService coops;
    private final MemberDirectory members;
    private final CurrentUsers currentUsers;

    SetupChecklist(CoopService coops, MemberDirectory members, CurrentUsers currentUsers) {
        this.coops = coops;
        this.members = members;
        this.currentUsers = currentUsers;
    }

    public SetupProgress progress() {
        currentUsers.requireOverseer("error.setup.foundationOnly");
        return new SetupProgress(
                coops.hasMarkets(), coops.hasSuppliers(), members.hasMerchants(), !coops.isEmpty());
    }
}
