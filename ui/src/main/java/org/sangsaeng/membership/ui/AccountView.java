package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.tasks.ui.MyTasksView;
import org.sangsaeng.ui.Feedback;
import org.sangsaeng.ui.SignedInSessions;

/** My account: change my password (the current one required). */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    public AccountView(
            AccountService accounts,
            SignedInSessions sessions,
            AuthenticationContext authentication,
            Feedback feedback) {
        PasswordField current = field("account.currentPassword", "current-password");
        PasswordField chosen = field("account.newPassword", "new-password");
        PasswordField repeated = field("account.repeatPassword", "repeat-password");
        chosen.setHelperText(getTranslation("account.passwordRules"));
        // Signed in with a temporary password: nothing else opens until it is changed
        // (TemporaryPasswordGuard).
        boolean temporary = accounts.mustChangeMyPassword();
        Button change =
                new Button(
                        getTranslation("account.changePassword"),
                        e -> {
                            if (!chosen.getValue().equals(repeated.getValue())) {
                                repeated.setInvalid(true);
                                repeated.setErrorMessage(getTranslation("account.repeatDiffers"));
                                return;
                            }
                            repeated.setInvalid(false);
                            Integer revoked =
                                    feedback.attempt(
                                            () ->
                                                    accounts.changeMyPassword(
                                                            current.getValue(), chosen.getValue()));
                            if (revoked != null) {
                                // Every other session of this account has ended; this one, where
                                // the change was made, goes on.
                                sessions.keepThisOne();
                                current.clear();
                                chosen.clear();
                                repeated.clear();
                                feedback.success(
                                        revoked == 0
                                                ? getTranslation("account.passwordChanged")
                                                : getTranslation(
                                                        "account.passwordChangedDevices", revoked));
                                if (temporary) {
                                    UI.getCurrent().navigate(MyTasksView.class);
                                }
                            }
                        });
        change.addThemeName("primary");
        change.setId("change-password");
        Button everywhere =
                new Button(
                        getTranslation("account.signOutEverywhere"),
                        e -> {
                            if (feedback.attempt(accounts::signOutEverywhere) != null) {
                                authentication.logout();
                            }
                        });
        everywhere.setId("sign-out-everywhere");
        setMaxWidth("32em");
        add(new H2(getTranslation("account.title")));
        if (temporary) {
            Paragraph notice = new Paragraph(getTranslation("account.temporaryNotice"));
            notice.setId("temporary-password-notice");
            notice.addClassName("notice");
            add(notice);
        }
        add(
                new H3(getTranslation("account.password")),
                new Paragraph(getTranslation("account.passwordHint")),
                current,
                chosen,
                repeated,
                change,
                new H3(getTranslation("account.sessions")),
                new Paragraph(getTranslation("account.sessionsHint")),
                everywhere);
    }

    private PasswordField field(String label, String id) {
        PasswordField field = new PasswordField(getTranslation(label));
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
