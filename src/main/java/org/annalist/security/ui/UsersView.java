package org.annalist.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.annalist.security.Account;
import org.annalist.security.Accounts;
import org.annalist.security.CurrentUser;
import org.annalist.security.UserRole;
import org.annalist.ui.MainLayout;

/** The admin's page of accounts: add one (its password shown once), change a role, give a new password, remove one. */
@Menu(title = "nav.users", order = 9)
@Route(value = "users", layout = MainLayout.class)
@PageTitle("Accounts · Annalist")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final Accounts accounts;
    private final Grid<Account> grid = new Grid<>();

    public UsersView(Accounts accounts) {
        this.accounts = accounts;
        setSizeFull();
        TextField name = new TextField(getTranslation("users.name"));
        name.setId("new-account-name");
        name.setMaxLength(64);
        Select<UserRole> role = roleSelect();
        role.setId("new-account-role");
        role.setLabel(getTranslation("users.role"));
        role.setValue(UserRole.READER);
        Button add = new Button(getTranslation("users.add"), click -> act(() -> {
            String password = Accounts.generatedPassword();
            Account created = accounts.add(name.getValue(), role.getValue(), password);
            shownOnce(getTranslation("users.created", created.name(), password));
            name.clear();
        }));
        add.setId("add-account");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, role, add);
        form.setAlignItems(Alignment.BASELINE);

        grid.setId("accounts");
        grid.addColumn(Account::name).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addComponentColumn(this::roleOf).setHeader(getTranslation("users.role")).setAutoWidth(true);
        grid.addColumn(a -> a.enabled() ? "✓" : "—").setHeader(getTranslation("users.enabled")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        add(new H2(getTranslation("users.title")), form, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Select<UserRole> roleSelect() {
        Select<UserRole> role = new Select<>();
        role.setItems(UserRole.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.label()));
        return role;
    }

    private Select<UserRole> roleOf(Account account) {
        Select<UserRole> role = roleSelect();
        role.setValue(account.role());
        role.setAriaLabel(getTranslation("users.role") + " " + account.name());
        role.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> {
                    accounts.setRole(account.name(), e.getValue());
                    Notification.show(getTranslation("users.roleSet", account.name(), getTranslation("role." + e.getValue().label())));
                });
            }
        });
        return role;
    }

    private HorizontalLayout actions(Account account) {
        Button reset = new Button(getTranslation("users.reset"), click -> act(() -> {
            String password = Accounts.generatedPassword();
            accounts.setPassword(account.name(), password);
            shownOnce(getTranslation("users.passwordSet", account.name(), password));
        }));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("users.remove"), click -> act(() -> {
            accounts.remove(account.name());
            Notification.show(getTranslation("users.removed", account.name()));
        }));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        // An admin does not remove their own account while signed in with it.
        remove.setEnabled(!CurrentUser.name().orElse("").equals(account.name()));
        return new HorizontalLayout(reset, remove);
    }

    /** Runs an account change; a refused one (name taken, last admin...) is told, and the list shows what is stored. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            Notification notice = Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE);
            notice.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private static void shownOnce(String text) {
        Notification notice = new Notification();
        notice.setDuration(0);
        notice.setPosition(Notification.Position.MIDDLE);
        Span said = new Span(text);
        said.setId("password-once");
        Button close = new Button("OK", click -> notice.close());
        close.setId("password-once-ok");
        notice.add(new HorizontalLayout(said, close));
        notice.open();
    }


    private void refresh() {
        List<Account> all = accounts.list();
        grid.setItems(all);
    }
}
