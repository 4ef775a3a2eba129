package org.sangsaeng.membership.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.sangsaeng.membership.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Someone signed in with a temporary password goes to the password page from every page until they
 * have chosen their own (the API refuses them the same way).
 */
@Component
class TemporaryPasswordGuard implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(TemporaryPasswordGuard.class);

    private final AccountService accounts;

    TemporaryPasswordGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == AccountView.class || event.isErrorEvent()) {
            return;
        }
        boolean mustChange;
        try {
            mustChange = accounts.mustChangeMyPassword();
        } catch (DataAccessException | TransactionException e) {
            // The page cannot read anything either and shows its own "try again".
            log.warn("Could not check for a temporary password ({})", e.getMessage());
            return;
        }
        if (mustChange) {
            event.forwardTo(AccountView.class);
        }
    }
}
