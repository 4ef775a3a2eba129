package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sangsaeng.membership.MerchantSignUp;
import org.sangsaeng.membership.PhoneVerification;
import org.sangsaeng.membership.RegistrationReceipt;
import org.sangsaeng.membership.SignUpPrefill;
import org.sangsaeng.ui.Feedback;

/**
 * The link in the foundation's SMS: the sign-up as it was, what to change, and a button to send it
 * back.
 */
@Route(value = "sign-up/revise/:token", autoLayout = false)
@AnonymousAllowed
public class ReviseRegistrationView extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    private final MerchantSignUp signUp;
    private final Feedback feedback;
    private final SignUpFields fields;
    private final Paragraph changes = new Paragraph();
    private final Button submit;
    private String token;

    public ReviseRegistrationView(
            MerchantSignUp signUp, PhoneVerification phones, Feedback feedback) {
        this.signUp = signUp;
        this.feedback = feedback;
        this.fields = new SignUpFields(signUp, phones, feedback, true);
        setMaxWidth("28em");
        getStyle().set("margin", "0 auto");
        changes.setId("revise-changes");
        submit = new Button(getTranslation("registration.revise.submit"), e -> submit());
        submit.setId("revise-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        add(
                new H1(getTranslation("registration.revise.title")),
                changes,
                fields,
                submit,
                new Anchor("login", getTranslation("registration.backToLogin")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        SignUpPrefill prefill = feedback.attempt(() -> signUp.revision(token));
        if (prefill == null) {
            fields.setVisible(false);
            submit.setVisible(false);
            changes.setText(getTranslation("error.registration.linkInvalid"));
            return;
        }
        changes.setText(getTranslation("registration.revise.changes", prefill.changes()));
        fields.fill(prefill);
    }

    private void submit() {
        if (!fields.passwordsMatch()) {
            feedback.error(getTranslation("account.repeatDiffers"));
            return;
        }
        RegistrationReceipt receipt =
                feedback.attempt(() -> signUp.revise(token, fields.form(), getLocale()));
        if (receipt != null) {
            removeAll();
            Paragraph received = new Paragraph(getTranslation("registration.revise.received"));
            received.setId("revise-received");
            add(
                    new H1(getTranslation("registration.revise.title")),
                    received,
                    new Anchor("login", getTranslation("registration.backToLogin")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.revise.title") + " · " + getTranslation("app.name");
    }
}
