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
import org.sangsaeng.ui.LanguageSwitch;

/**
 * "New here? Sign up" from the sign-in page, on a phone: the merchant's details, the SMS code, a
 * username and password, the privacy consent; then a page that says the foundation will answer by
 * SMS. A leader's invitation link ({@code ?invite=}) fills in what the leader knew.
 */
@Route(value = "sign-up", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MerchantSignUp signUp;
    private final Feedback feedback;
    private final SignUpFields fields;
    private final Paragraph invited = new Paragraph();

    public SignUpView(MerchantSignUp signUp, PhoneVerification phones, Feedback feedback) {
        this.signUp = signUp;
        this.feedback = feedback;
        this.fields = new SignUpFields(signUp, phones, feedback, false);
        addClassName("sign-up-view");
        setMaxWidth("28em");
        getStyle().set("margin", "0 auto");
        invited.setId("signup-invited");
        invited.setVisible(false);
        Button submit = new Button(getTranslation("registration.submit"), e -> submit());
        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        // Korean by default; a merchant who reads English better switches before typing anything.
        LanguageSwitch language =
                new LanguageSwitch(locale -> getUI().ifPresent(ui -> ui.getPage().reload()));
        add(
                language,
                new H1(getTranslation("registration.title")),
                new Paragraph(getTranslation("registration.hint")),
                invited,
                fields,
                submit,
                new Anchor("login", getTranslation("registration.backToLogin")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("invite")
                .ifPresent(
                        token -> {
                            SignUpPrefill prefill =
                                    feedback.attempt(() -> signUp.invitation(token));
                            if (prefill != null) {
                                fields.fill(prefill);
                                fields.invitedBy(token);
                                invited.setText(
                                        getTranslation("registration.invited", prefill.coopName()));
                                invited.setVisible(true);
                            }
                        });
    }

    private void submit() {
        if (!fields.passwordsMatch()) {
            feedback.error(getTranslation("account.repeatDiffers"));
            return;
        }
        RegistrationReceipt receipt =
                feedback.attempt(() -> signUp.signUp(fields.form(), getLocale()));
        if (receipt != null) {
            removeAll();
            Paragraph received = new Paragraph(getTranslation("registration.received"));
            received.setId("signup-received");
            add(
                    new H1(getTranslation("registration.title")),
                    received,
                    new Anchor("login", getTranslation("registration.backToLogin")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.title") + " · " + getTranslation("app.name");
    }
}
