package org.sangsaeng.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sangsaeng.board.ui.BoardView;
import org.sangsaeng.catalogue.ui.SupplierView;
import org.sangsaeng.coop.ui.CoopsAdminView;
import org.sangsaeng.coop.ui.MarketsAdminView;
import org.sangsaeng.coop.ui.SuppliersAdminView;
import org.sangsaeng.coupons.ui.CouponsView;
import org.sangsaeng.governance.ui.CoopRulesView;
import org.sangsaeng.governance.ui.ProposalsView;
import org.sangsaeng.jobs.ui.JobBoardView;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.CurrentUser;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.membership.ui.AccountView;
import org.sangsaeng.membership.ui.AccountsView;
import org.sangsaeng.membership.ui.CoopsView;
import org.sangsaeng.notifications.NotificationInbox;
import org.sangsaeng.notifications.ui.NotificationBell;
import org.sangsaeng.notifications.ui.NotificationBroadcaster;
import org.sangsaeng.notifications.ui.NotificationsView;
import org.sangsaeng.notifications.ui.OutboxView;
import org.sangsaeng.notifications.ui.PreferencesView;
import org.sangsaeng.oversight.ui.AdminChangesView;
import org.sangsaeng.oversight.ui.ProcessExplorerView;
import org.sangsaeng.purchase.ui.PurchasesView;
import org.sangsaeng.sale.ui.SalesView;
import org.sangsaeng.statistics.ui.StatisticsView;
import org.sangsaeng.tasks.ui.MyTasksView;

/**
 * The frame around every signed-in page: navigation by role, who is signed in, language, sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    static final String LOCALE_LOADED = "sangsaeng.locale.loaded";

    public MainLayout(
            CurrentUsers currentUsers,
            AccountService accounts,
            AuthenticationContext authentication,
            NotificationInbox notificationInbox,
            NotificationBroadcaster broadcaster) {
        CurrentUser me = currentUsers.require();
        applyAccountLocale(me);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        Span who =
                new Span(
                        me.displayName()
                                + " · "
                                + me.roles().stream()
                                        .map(r -> getTranslation("role." + r.name()))
                                        .collect(Collectors.joining(", ")));
        who.addClassName("who");
        who.setId("signed-in-user");
        LanguageSwitch language =
                new LanguageSwitch(
                        locale -> {
                            accounts.changeMyLocale(locale.getLanguage());
                            UI.getCurrent().getPage().reload();
                        });
        Button signOut = new Button(getTranslation("nav.signOut"), e -> authentication.logout());
        signOut.setId("sign-out");
        NotificationBell bell = new NotificationBell(notificationInbox, broadcaster, me.username());
        HorizontalLayout header =
                new HorizontalLayout(new DrawerToggle(), title, who, bell, language, signOut);
        header.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("app-header");
        header.expand(who);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.myTasks"), MyTasksView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.purchases"), PurchasesView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.sales"), SalesView.class));
        if (me.has(Role.SUPPLIER) && me.supplierId() != null || me.overseesAll()) {
            nav.addItem(
                    new SideNavItem(
                            getTranslation(
                                    me.supplierId() != null ? "nav.supplier" : "catalogue.title"),
                            SupplierView.class));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.jobs"), JobBoardView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.coupons"), CouponsView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.board"), BoardView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.proposals"), ProposalsView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.rules"), CoopRulesView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.coops"), CoopsView.class));
        if (!me.memberships().isEmpty()) {
            nav.addItem(
                    new SideNavItem(
                            getTranslation("nav.myShop"),
                            org.sangsaeng.membership.ui.MyShopView.class));
        }
        if (!me.overseesAll() && !me.has(Role.SUPPLIER)) {
            nav.addItem(
                    new SideNavItem(
                            getTranslation("founding.menu"),
                            org.sangsaeng.governance.ui.NewCoopView.class));
        }
        nav.addItem(
                new SideNavItem(getTranslation("notifications.title"), NotificationsView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.preferences"), PreferencesView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.account"), AccountView.class));
        if (me.has(Role.ADMIN) || me.has(Role.LEADER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.outbox"), OutboxView.class));
        }
        if (me.overseesAll()) {
            nav.addItem(new SideNavItem(getTranslation("accounts.title"), AccountsView.class));
        }
        if (me.overseesAll() || me.has(Role.LEADER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.explorer"), ProcessExplorerView.class));
            nav.addItem(new SideNavItem(getTranslation("stats.nav"), StatisticsView.class));
        }
        if (me.overseesAll()) {
            SideNavItem administration = new SideNavItem(getTranslation("admin.nav"));
            administration.addItem(
                    new SideNavItem(getTranslation("admin.markets"), MarketsAdminView.class));
            administration.addItem(
                    new SideNavItem(getTranslation("admin.coops"), CoopsAdminView.class));
            administration.addItem(
                    new SideNavItem(getTranslation("admin.suppliers"), SuppliersAdminView.class));
            administration.addItem(
                    new SideNavItem(getTranslation("nav.adminChanges"), AdminChangesView.class));
            administration.setExpanded(true);
            administration.setId("nav-admin");
            nav.addItem(administration);
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** On the first page after sign-in, the account's saved language wins over the login page's. */
    private static void applyAccountLocale(CurrentUser me) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(LOCALE_LOADED) == null) {
            session.setAttribute(LOCALE_LOADED, Boolean.TRUE);
            if (session.getAttribute(UiLocale.SESSION_KEY) == null) {
                Locale saved = me.locale();
                UiLocale.choose(saved);
                UI.getCurrent().setLocale(UiLocale.current());
            }
        }
    }
}
