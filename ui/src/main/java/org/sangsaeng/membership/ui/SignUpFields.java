package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.MarketChoice;
import org.sangsaeng.membership.MerchantSignUp;
import org.sangsaeng.membership.PhoneVerification;
import org.sangsaeng.membership.SignUpForm;
import org.sangsaeng.membership.SignUpPrefill;
import org.sangsaeng.ui.Feedback;

/**
 * The fields of the sign-up, one under the other for a phone screen: who and which shop, the phone
 * with its SMS code, the username and password, the privacy notice to agree to. Shared by the
 * sign-up page and the revise page; the server checks everything again.
 */
class SignUpFields extends VerticalLayout {

    private final TextField name = field("registration.name", "signup-name", 100);
    private final TextField shop = field("registration.shopName", "signup-shop", 100);
    private final Select<BusinessType> type = new Select<>();
    private final Select<MarketChoice> market = new Select<>();
    private final TextField businessNumber =
            field("registration.businessNumber", "signup-business-number", 12);
    private final TextField phone = field("registration.phone", "signup-phone", 13);
    private final TextField code = field("registration.code", "signup-code", 6);
    private final Paragraph codeSent = new Paragraph();
    private final EmailField email = new EmailField();
    private final TextField username = field("registration.username", "signup-username", 64);
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Checkbox consent = new Checkbox();
    private String invitation;

    SignUpFields(
            MerchantSignUp signUp, PhoneVerification phones, Feedback feedback, boolean revising) {
        setPadding(false);
        setSpacing(true);
        type.setLabel(getTranslation("registration.businessType"));
        type.setId("signup-type");
        type.setItems(BusinessType.values());
        type.setItemLabelGenerator(t -> getTranslation("businessType." + t.name()));
        type.setWidthFull();
        List<MarketChoice> markets = signUp.markets();
        market.setLabel(getTranslation("registration.market"));
        market.setId("signup-market");
        market.setItems(markets);
        market.setItemLabelGenerator(m -> m.name() + " (" + m.district() + ")");
        market.setWidthFull();
        businessNumber.setHelperText(getTranslation("registration.businessNumberHelp"));
        businessNumber.getElement().setAttribute("inputmode", "numeric");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "tel");
        Button send =
                new Button(
                        getTranslation("registration.sendCode"),
                        e -> {
                            Long minutes =
                                    feedback.attempt(
                                            () -> phones.send(phone.getValue(), getLocale()));
                            if (minutes != null) {
                                codeSent.setText(getTranslation("registration.codeSent", minutes));
                                code.focus();
                            }
                        });
        send.setId("signup-send-code");
        send.setWidthFull();
        codeSent.setId("signup-code-sent");
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        email.setLabel(getTranslation("registration.email"));
        email.setId("signup-email");
        email.setWidthFull();
        username.setHelperText(getTranslation("registration.usernameHelp"));
        username.getElement().setAttribute("autocapitalize", "none");
        password.setLabel(getTranslation("registration.password"));
        password.setHelperText(
                getTranslation(revising ? "registration.passwordKeep" : "account.passwordRules"));
        password.setId("signup-password");
        password.setWidthFull();
        repeat.setLabel(getTranslation("registration.repeat"));
        repeat.setId("signup-repeat");
        repeat.setWidthFull();
        Details notice =
                new Details(
                        getTranslation("registration.privacy.title", signUp.privacyNoticeVersion()),
                        new Paragraph(getTranslation("registration.privacy.text")));
        notice.setOpened(!revising);
        consent.setLabel(getTranslation("registration.consent"));
        consent.setId("signup-consent");
        add(
                name,
                shop,
                type,
                market,
                businessNumber,
                phone,
                send,
                codeSent,
                code,
                email,
                username,
                password,
                repeat,
                notice,
                consent);
    }

    void fill(SignUpPrefill p) {
        set(name, p.displayName());
        set(shop, p.shopName());
        set(businessNumber, p.businessNumber());
        set(phone, p.phone());
        set(email, p.email());
        set(username, p.username());
        if (p.businessType() != null) {
            type.setValue(p.businessType());
        }
        if (p.marketId() != null) {
            market.getListDataView()
                    .getItems()
                    .filter(m -> m.id() == p.marketId())
                    .findFirst()
                    .ifPresent(market::setValue);
        }
    }

    void invitedBy(String token) {
        this.invitation = token;
    }

    /** Whether both passwords are the same (the server checks the rest). */
    boolean passwordsMatch() {
        return password.getValue().equals(repeat.getValue());
    }

    SignUpForm form() {
        return new SignUpForm(
                name.getValue(),
                shop.getValue(),
                type.getValue(),
                market.getValue() == null ? null : market.getValue().id(),
                businessNumber.getValue(),
                phone.getValue(),
                code.getValue(),
                email.getValue(),
                username.getValue(),
                password.getValue(),
                consent.getValue(),
                invitation);
    }

    private static void set(com.vaadin.flow.component.HasValue<?, String> field, String value) {
        if (value != null) {
            field.setValue(value);
        }
    }

    private TextField field(String labelKey, String id, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        return field;
    }
}
