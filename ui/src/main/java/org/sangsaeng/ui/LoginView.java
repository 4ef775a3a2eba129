package org.sangsaeng.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.sangsaeng.membership.security.SignInSlowedDown;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(
                e -> getUI().ifPresent(ui -> ui.navigate("reset-password")));
        login.setI18n(i18n());

        LanguageSwitch language =
                new LanguageSwitch(locale -> getUI().ifPresent(ui -> ui.getPage().reload()));
        com.vaadin.flow.component.html.Anchor signUp =
                new com.vaadin.flow.component.html.Anchor(
                        "sign-up", getTranslation("login.signUp"));
        signUp.setId("login-sign-up");
        add(
                new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("app.tagline")),
                login,
                signUp,
                language);
    }

    private LoginI18n i18n() {
        return i18n(getTranslation("login.error.title"), getTranslation("login.error.message"));
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed) {
            explain(
                    VaadinSession.getCurrent()
                            .getSession()
                            .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
        }
        login.setError(failed);
    }

    // Why the last try failed (Spring keeps it in the session): a wrong password, a wait, or the
    // server.
    private void explain(Object failure) {
        if (failure instanceof SignInSlowedDown slow) {
            long seconds = slow.retryAfterSeconds();
            String wait =
                    seconds < 60
                            ? getTranslation("login.wait.seconds", seconds)
                            : getTranslation("login.wait.minutes", (seconds + 59) / 60);
            login.setI18n(
                    i18n(
                            getTranslation("login.error.slowDown.title"),
                            getTranslation("login.error.slowDown.message", wait)));
        } else if (failure instanceof InternalAuthenticationServiceException) {
            login.setI18n(
                    i18n(
                            getTranslation("login.error.title"),
                            getTranslation("login.error.unavailable")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    static Locale localeOf(String language) {
        return Locale.forLanguageTag(language);
    }
}
