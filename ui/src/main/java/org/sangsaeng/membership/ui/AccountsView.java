package org.sangsaeng.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sangsaeng.membership.AccountAdministration;
import org.sangsaeng.membership.AccountAnonymisation;
import org.sangsaeng.membership.AccountQuery;
import org.sangsaeng.membership.AccountSearch;
import org.sangsaeng.membership.AccountSummary;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.NewAccount;
import org.sangsaeng.membership.Role;
import org.sangsaeng.membership.TemporaryPassword;
import org.sangsaeng.ui.Feedback;

/**
 * Accounts for the foundation and admins: searched and paged on the server; a new account's
 * temporary password is shown once; a row opens what can be done with the account (deactivate with
 * a reason, reactivate, reset the password, roles, anonymise). Usable on a phone: two columns and
 * dialogs.
 *
 * <p>Longer than our 300 lines because Vaadin lays a page out in code: most of it is the search,
 * the grid and the actions dialog built field by field (every rule is in {@link
 * AccountAdministration}); the dialog shares the grid, the role labels and the temporary-password
 * box with the page.
 */
@Route("admin/accounts")
@RolesAllowed({"FOUNDATION", "ADMIN"})
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration administration;
    private final AccountSearch accounts;
    private final AccountAnonymisation anonymisation;
    private final Feedback feedback;
    private final CurrentUser me;
    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();
    private final Grid<AccountSummary> grid = new Grid<>();

    public AccountsView(
            AccountAdministration administration,
            AccountSearch accounts,
            AccountAnonymisation anonymisation,
            CurrentUsers users,
            Feedback feedback) {
        this.administration = administration;
        this.accounts = accounts;
        this.anonymisation = anonymisation;
        this.feedback = feedback;
        this.me = users.require();
        setSizeFull();
        search.setPlaceholder(getTranslation("accounts.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setId("accounts-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        role.setItems(Role.MEMBER, Role.SUPPLIER, Role.FOUNDATION, Role.ADMIN);
        role.setItemLabelGenerator(
                r ->
                        r == null
                                ? getTranslation("accounts.allRoles")
                                : r == Role.MEMBER
                                        ? getTranslation("accounts.merchants")
                                        : getTranslation("role." + r.name()));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("accounts.allRoles"));
        role.setId("accounts-role");
        role.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("accounts.new"), e -> openNew());
        create.addThemeName("primary");
        create.setId("new-account");
        HorizontalLayout filters = new HorizontalLayout(search, role, create);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addComponentColumn(this::who)
                .setHeader(getTranslation("accounts.person"))
                .setFlexGrow(2);
        grid.addColumn(this::state).setHeader(getTranslation("accounts.state")).setFlexGrow(1);
        grid.setId("accounts-grid");
        grid.setSizeFull();
        grid.addItemClickListener(e -> openActions(e.getItem()));
        grid.setItems(
                q -> accounts.search(query(), q.getPage(), q.getPageSize()).items().stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, accounts.search(query(), 0, 1).total()));
        add(new H2(getTranslation("accounts.title")), filters, grid);
    }

    private AccountQuery query() {
        return new AccountQuery(search.getValue(), role.getValue(), null);
    }

    private Div who(AccountSummary a) {
        Div name = new Div(new Span(a.displayName()));
        Div details =
                new Div(new Span(a.username() + (a.phone() == null ? "" : " · " + a.phone())));
        details.addClassName("secondary");
        return new Div(name, details);
    }

    private String state(AccountSummary a) {
        String state =
                a.anonymised()
                        ? getTranslation("accounts.left")
                        : !a.active()
                                ? getTranslation("accounts.inactive")
                                : a.mustChangePassword()
                                        ? getTranslation("accounts.temporary")
                                        : getTranslation("accounts.active");
        String roles =
                a.roles().isEmpty()
                        ? getTranslation("accounts.merchant")
                        : a.roles().stream()
                                .map(r -> getTranslation("role." + r.name()))
                                .collect(Collectors.joining(", "));
        return state + " · " + roles;
    }

    /** The roles this person may give: admins all, the foundation SUPPLIER only. */
    private Set<Role> givable() {
        return me.has(Role.ADMIN)
                ? EnumSet.of(Role.SUPPLIER, Role.FOUNDATION, Role.ADMIN)
                : EnumSet.of(Role.SUPPLIER);
    }

    private CheckboxGroup<Role> rolesField(Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("accounts.roles"));
        roles.setItems(givable());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(selected);
        roles.setHelperText(getTranslation("accounts.rolesHint"));
        return roles;
    }

    private void openNew() {
        Dialog dialog = new Dialog(getTranslation("accounts.new"));
        dialog.setWidth("min(32em, 95vw)");
        TextField username = new TextField(getTranslation("accounts.username"));
        username.setId("new-username");
        username.setMaxLength(64);
        username.setHelperText(getTranslation("accounts.usernameHint"));
        TextField displayName = new TextField(getTranslation("accounts.displayName"));
        displayName.setId("new-display-name");
        displayName.setMaxLength(100);
        TextField phone = new TextField(getTranslation("accounts.phone"));
        phone.setId("new-phone");
        phone.setPlaceholder("010-1234-5678");
        phone.setMaxLength(20);
        EmailField email = new EmailField(getTranslation("accounts.email"));
        email.setId("new-email");
        email.setMaxLength(254);
        CheckboxGroup<Role> roles = rolesField(Set.of());
        roles.setId("new-roles");
        FormLayout form = new FormLayout(username, displayName, phone, email, roles);
        Button cancel = new Button(getTranslation("coops.cancel"), e -> dialog.close());
        Button save = new Button(getTranslation("accounts.create"));
        save.addThemeName("primary");
        save.setId("create-account");
        save.addClickListener(
                e -> {
                    TemporaryPassword made =
                            feedback.attempt(
                                    () ->
                                            administration.create(
                                                    new NewAccount(
                                                            username.getValue(),
                                                            displayName.getValue(),
                                                            phone.getValue(),
                                                            email.getValue(),
                                                            roles.getValue())));
                    if (made != null) {
                        grid.getDataProvider().refreshAll();
                        showTemporary(dialog, made);
                    }
                });
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** The temporary password, shown this once: the dialog holds nothing else any more. */
    private void showTemporary(Dialog dialog, TemporaryPassword made) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        Span password = new Span(made.temporaryPassword());
        password.setId("temporary-password");
        password.addClassName("temporary-password");
        password.getStyle()
                .set("font-family", "monospace")
                .set("font-size", "1.5em")
                .set("font-weight", "bold");
        dialog.add(
                new Paragraph(
                        getTranslation(
                                "accounts.temporaryFor",
                                made.account().displayName(),
                                made.account().username())),
                password,
                new Paragraph(getTranslation("accounts.temporaryOnce")));
        Button done = new Button(getTranslation("accounts.done"), e -> dialog.close());
        done.setId("temporary-done");
        done.addThemeName("primary");
        dialog.getFooter().add(done);
    }

    private void openActions(AccountSummary account) {
        Dialog dialog = new Dialog(account.displayName());
        dialog.setWidth("min(32em, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(
                new Paragraph(
                        account.username()
                                + (account.phone() == null ? "" : " · " + account.phone())
                                + (account.email() == null ? "" : " · " + account.email())),
                new Paragraph(state(account)));
        if (account.deactivationReason() != null) {
            body.add(
                    new Paragraph(
                            getTranslation("accounts.reasonWas", account.deactivationReason())));
        }
        boolean touchable =
                !account.anonymised()
                        && (me.has(Role.ADMIN)
                                || account.roles().stream()
                                        .noneMatch(r -> r == Role.FOUNDATION || r == Role.ADMIN));
        if (touchable) {
            if (account.active()) {
                TextField reason = new TextField(getTranslation("accounts.reason"));
                reason.setId("deactivate-reason");
                reason.setMaxLength(500);
                reason.setWidthFull();
                Button deactivate =
                        new Button(
                                getTranslation("accounts.deactivate"),
                                e ->
                                        done(
                                                dialog,
                                                () ->
                                                        administration.deactivate(
                                                                account.id(), reason.getValue()),
                                                "accounts.deactivated"));
                deactivate.setId("deactivate-account");
                body.add(reason, deactivate);
            } else {
                Button reactivate =
                        new Button(
                                getTranslation("accounts.reactivate"),
                                e ->
                                        done(
                                                dialog,
                                                () -> administration.reactivate(account.id()),
                                                "accounts.reactivated"));
                reactivate.setId("reactivate-account");
                body.add(reactivate);
            }
            Button reset =
                    new Button(
                            getTranslation("accounts.resetPassword"),
                            e -> {
                                TemporaryPassword reset1 =
                                        feedback.attempt(
                                                () -> administration.resetPassword(account.id()));
                                if (reset1 != null) {
                                    grid.getDataProvider().refreshAll();
                                    showTemporary(dialog, reset1);
                                }
                            });
            reset.setId("reset-password");
            CheckboxGroup<Role> roles = rolesField(account.roles());
            roles.setId("account-roles");
            Button saveRoles =
                    new Button(
                            getTranslation("accounts.saveRoles"),
                            e ->
                                    done(
                                            dialog,
                                            () ->
                                                    administration.changeRoles(
                                                            account.id(),
                                                            merged(
                                                                    account.roles(),
                                                                    roles.getValue())),
                                            "accounts.rolesSaved"));
            saveRoles.setId("save-roles");
            body.add(reset, roles, saveRoles);
            if (me.has(Role.ADMIN)) {
                Button anonymise =
                        new Button(
                                getTranslation("accounts.anonymise"),
                                e -> {
                                    ConfirmDialog confirm =
                                            new ConfirmDialog(
                                                    getTranslation("accounts.anonymise"),
                                                    getTranslation(
                                                            "accounts.anonymiseConfirm",
                                                            account.displayName()),
                                                    getTranslation("accounts.anonymise"),
                                                    ok ->
                                                            done(
                                                                    dialog,
                                                                    () ->
                                                                            anonymisation.anonymise(
                                                                                    account.id()),
                                                                    "accounts.anonymised"));
                                    confirm.setCancelable(true);
                                    confirm.setCancelText(getTranslation("coops.cancel"));
                                    confirm.setConfirmButtonTheme("error primary");
                                    confirm.open();
                                });
                anonymise.addThemeName("error");
                anonymise.setId("anonymise-account");
                body.add(anonymise);
            }
        }
        dialog.add(body);
        Button close = new Button(getTranslation("accounts.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** The roles chosen in the boxes, keeping those this person cannot give or take. */
    private Set<Role> merged(Set<Role> had, Set<Role> chosen) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        had.stream().filter(r -> !givable().contains(r)).forEach(roles::add);
        roles.addAll(chosen);
        return roles;
    }

    private void done(Dialog dialog, Supplier<AccountSummary> action, String message) {
        if (feedback.succeeds(action::get, getTranslation(message))) {
            dialog.close();
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
