package org.sangsaeng.governance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sangsaeng.governance.domain.Founder;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.Texts;

/**
 * The founders of a proposal as the law and the app need them: at least {@value #MINIMUM} enabled
 * merchants, each once, the proposer among them, each with a business type and shop name.
 */
final class FoundingFounders {

    /** The Framework Act on Cooperatives: five or more founders. */
    static final int MINIMUM = 5;

    static final int MAXIMUM = 100;

    private FoundingFounders() {}

    static List<Founder> checked(
            List<FoundingForm.Founder> founders, String proposer, MemberDirectory directory) {
        if (founders == null || founders.size() < MINIMUM) {
            throw new InvalidInputException("error.founding.tooFewFounders", MINIMUM);
        }
        if (founders.size() > MAXIMUM) {
            throw new InvalidInputException("error.founding.tooManyFounders", MAXIMUM);
        }
        Set<String> seen = new HashSet<>();
        List<Founder> checked = new ArrayList<>();
        for (FoundingForm.Founder f : founders) {
            String username = f == null || f.username() == null ? "" : f.username().strip();
            if (!seen.add(username)) {
                throw new InvalidInputException("error.founding.duplicateFounder", username);
            }
            MemberDirectory.Merchant merchant =
                    directory
                            .merchant(username)
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    "error.founding.notMerchant", username));
            if (f.businessType() == null) {
                throw new InvalidInputException("error.founding.businessTypeRequired", username);
            }
            checked.add(
                    new Founder(
                            merchant.id(),
                            f.businessType(),
                            Texts.required(f.shopName(), 100, "error.founding.shopNameRequired")));
        }
        if (!seen.contains(proposer)) {
            throw new InvalidInputException("error.founding.proposerNotFounder");
        }
        return checked;
    }
}
