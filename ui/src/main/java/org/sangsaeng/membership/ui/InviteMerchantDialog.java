package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.sangsaeng.coop.CoopSummary;
import org.sangsaeng.membership.CoopInvitationService;
import org.sangsaeng.membership.InvitationForm;
import org.sangsaeng.membership.InvitationSummary;
import org.sangsaeng.ui.Feedback;

/**
 * A leader invites a merchant without an account to sign up and join the co-op: a name and a phone
 * (or e-mail).
 */
class InviteMerchantDialog extends Dialog {

    InviteMerchantDialog(CoopSummary coop, CoopInvitationService invitations, Feedback feedback) {
        setHeaderTitle(getTranslation("invitation.title") + " · " + coop.name());
        TextField name = new TextField(getTranslation("invitation.name"));
        name.setId("invite-name");
        name.setMaxLength(100);
        TextField phone = new TextField(getTranslation("invitation.phone"));
        phone.setId("invite-phone");
        phone.getElement().setAttribute("inputmode", "tel");
        EmailField email = new EmailField(getTranslation("invitation.email"));
        email.setId("invite-email");
        Button send =
                new Button(
                        getTranslation("invitation.send"),
                        e -> {
                            InvitationSummary sent =
                                    feedback.attempt(
                                            () ->
                                                    invitations.invite(
                                                            coop.id(),
                                                            new InvitationForm(
                                                                    name.getValue(),
                                                                    phone.getValue(),
                                                                    email.getValue())));
                            if (sent != null) {
                                close();
                                feedback.success(getTranslation("invitation.sent", sent.name()));
                            }
                        });
        send.setId("invite-send");
        send.addThemeName("primary");
        add(new Paragraph(getTranslation("invitation.hint")), new FormLayout(name, phone, email));
        getFooter().add(new Button(getTranslation("coops.cancel"), e -> close()), send);
    }
}
