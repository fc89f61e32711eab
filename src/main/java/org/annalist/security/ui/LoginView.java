package org.annalist.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Sign-in: the form (in the interface's language), and a button per configured identity provider. */
@Route("login")
@PageTitle("Annalist")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView(ObjectProvider<ClientRegistrationRepository> providers) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));
        form.setId("login-form");
        add(form);
        List<ClientRegistration> registrations = registrations(providers.getIfAvailable());
        if (!registrations.isEmpty()) {
            Div others = new Div();
            others.addClassName("login-providers");
            for (ClientRegistration registration : registrations) {
                Anchor link = new Anchor("oauth2/authorization/" + registration.getRegistrationId(),
                        getTranslation("login.provider", registration.getClientName()));
                // A full page load: the provider's redirect is not a view of this application.
                link.setRouterIgnore(true);
                link.setId("login-" + registration.getRegistrationId());
                others.add(link);
            }
            add(others);
        }
    }

    private static List<ClientRegistration> registrations(ClientRegistrationRepository repository) {
        if (repository instanceof Iterable<?> all) {
            List<ClientRegistration> found = new java.util.ArrayList<>();
            all.forEach(r -> found.add((ClientRegistration) r));
            return found;
        }
        return List.of();
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled" : "login.error"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        if (error != null) {
            form.setI18n(i18n(error.contains("throttled")));
            form.setError(true);
        }
    }
}
