package org.annalist.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.annalist.security.CurrentUser;
import org.annalist.security.GuestAccess;

/**
 * The frame of every view: the product name, the navigation, the interface language and the account. Any signed-in
 * account may see it; each view says which role it needs ({@code @RolesAllowed}).
 */
@PermitAll
public class MainLayout extends AppLayout {

    static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    public MainLayout(AuthenticationContext authentication) {
        H1 name = new H1("Annalist");
        name.addClassName("app-name");
        // The views declare themselves (@Menu, with a translation key as title): the frame does not know them.
        Nav nav = new Nav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            Anchor link = new Anchor(entry.path().isEmpty() ? "." : entry.path(), getTranslation(entry.title()));
            link.getElement().setAttribute("router-link", true);
            link.setId(entry.title().replace('.', '-'));
            nav.add(link);
        }
        nav.addClassName("app-nav");
        Anchor skip = new Anchor("#main-content", "Skip to content");
        skip.addClassName("skip-link");

        // The browser's language picks the interface language; this switch overrides it for the session.
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setAriaLabel(getTranslation("app.language"));
        language.setValue(LANGUAGES.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst()
                .orElse(Locale.ENGLISH));
        language.addClassName("language-switch");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        // A header element around the bar's contents: the page's banner landmark (laid out as if it were not there).
        com.vaadin.flow.component.html.Header banner = new com.vaadin.flow.component.html.Header(skip, name, nav, language,
                colors(), account(authentication));
        banner.addClassName("app-banner");
        addToNavbar(banner);
        setDrawerOpened(false);
    }

    /** The view is the page's main landmark (the skip link leads to it). */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /** The colours a person chose for the session: the system's (light or dark as it prefers), light, or dark. */
    enum Colors {
        SYSTEM(ColorScheme.Value.LIGHT_DARK), LIGHT(ColorScheme.Value.LIGHT), DARK(ColorScheme.Value.DARK);

        final ColorScheme.Value scheme;

        Colors(ColorScheme.Value scheme) {
            this.scheme = scheme;
        }
    }

    /** The switch of light and dark colours, kept for the session. */
    private Select<Colors> colors() {
        Select<Colors> colors = new Select<>();
        colors.setId("color-scheme");
        colors.setItems(Colors.values());
        colors.setItemLabelGenerator(c -> getTranslation("colorScheme." + c.name()));
        colors.setAriaLabel(getTranslation("app.colorScheme"));
        colors.addClassName("color-switch");
        Colors chosen = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(Colors.class);
        colors.setValue(chosen == null ? Colors.SYSTEM : chosen);
        if (chosen != null) {
            UI.getCurrent().getPage().setColorScheme(chosen.scheme);
        }
        colors.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(Colors.class, e.getValue());
                UI.getCurrent().getPage().setColorScheme(e.getValue().scheme);
            }
        });
        return colors;
    }

    /** Who is signed in, with their role, and the way out; or the way in, for a guest of a public deployment. */
    private Div account(AuthenticationContext authentication) {
        Div account = new Div();
        account.addClassName("app-account");
        if (!authentication.isAuthenticated() || CurrentUser.name().filter(GuestAccess.NAME::equals).isPresent()) {
            Anchor signIn = new Anchor("login", getTranslation("app.signIn"));
            signIn.setId("sign-in");
            account.add(signIn);
            return account;
        }
        String role = CurrentUser.role().map(r -> getTranslation("role." + r.label())).orElse("");
        Span who = new Span(getTranslation("app.signedIn", CurrentUser.name().orElse(""), role));
        who.setId("signed-in");
        Button logout = new Button(getTranslation("app.logout"), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        account.add(who, logout);
        return account;
    }
}
