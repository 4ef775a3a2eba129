package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sangsaeng.membership.PasswordReset;
import org.sangsaeng.ui.Feedback;

/**
 * "Forgot your password?" from the sign-in page, on a phone: the name, then the six-digit code from
 * the SMS or e-mail and a new password typed twice. The same answer whatever name is typed.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class PasswordResetView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordReset reset;
    private final Feedback feedback;
    private final TextField username = new TextField();
    private final TextField code = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final VerticalLayout second = new VerticalLayout();
    private final Paragraph sent = new Paragraph();

    public PasswordResetView(PasswordReset reset, Feedback feedback) {
        this.reset = reset;
        this.feedback = feedback;
        setMaxWidth("28em");
        getStyle().set("margin", "0 auto");
        username.setLabel(getTranslation("login.username"));
        username.setId("reset-username");
        username.setMaxLength(64);
        username.setWidthFull();
        Button send = new Button(getTranslation("reset.send"), e -> send());
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        sent.setId("reset-sent");

        code.setLabel(getTranslation("reset.code"));
        code.setId("reset-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidthFull();
        password.setLabel(getTranslation("account.newPassword"));
        password.setHelperText(getTranslation("account.passwordRules"));
        password.setId("reset-password");
        password.setWidthFull();
        repeat.setLabel(getTranslation("account.repeatPassword"));
        repeat.setId("reset-repeat");
        repeat.setWidthFull();
        Button confirm = new Button(getTranslation("reset.confirm"), e -> confirm());
        confirm.setId("reset-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setWidthFull();
        second.setPadding(false);
        second.add(sent, code, password, repeat, confirm);
        second.setVisible(false);

        add(
                new H1(getTranslation("reset.title")),
                new Paragraph(getTranslation("reset.hint")),
                username,
                send,
                second,
                new Anchor("login", getTranslation("reset.backToLogin")));
    }

    private void send() {
        if (username.getValue().isBlank()) {
            feedback.error(getTranslation("reset.usernameRequired"));
            return;
        }
        if (feedback.succeeds(() -> reset.request(username.getValue()))) {
            sent.setText(getTranslation("reset.sent"));
            second.setVisible(true);
            code.focus();
        }
    }

    private void confirm() {
        if (!password.getValue().equals(repeat.getValue())) {
            feedback.error(getTranslation("account.repeatDiffers"));
            return;
        }
        if (feedback.succeeds(
                () -> reset.confirm(username.getValue(), code.getValue(), password.getValue()),
                getTranslation("reset.done"))) {
            getUI().ifPresent(ui -> ui.navigate("login"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · " + getTranslation("app.name");
    }
}
