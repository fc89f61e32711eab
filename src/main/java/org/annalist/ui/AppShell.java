package org.annalist.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo theme (Vaadin 25 applies none by default) and the application's own styles; light or dark as
 * the system prefers, until a person chooses (the switch in the frame).
 */
@StyleSheet(Lumo.STYLESHEET)
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@StyleSheet("styles.css")
@Meta(name = "description", content = "Annalist turns news articles into an explorable chronology")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Annalist");
    }
}
