package org.sangsaeng.membership;

/**
 * A co-op leader invited a merchant to sign up: the link goes to their phone, or else their e-mail.
 */
public record CoopInvitationIssued(
        long invitationId,
        long coopId,
        String coopName,
        String invitedBy,
        String name,
        String phone,
        String email,
        String link) {

    @Override
    public String toString() {
        return "CoopInvitationIssued[invitationId=" + invitationId + ", coopId=" + coopId + "]";
    }
}
