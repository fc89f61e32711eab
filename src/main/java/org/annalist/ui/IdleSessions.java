package org.annalist.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Ends a session after {@code server.servlet.session.timeout} without a person's action. The timeline's live polling
 * would otherwise keep an open tab's session alive for ever; only a click or a key press counts as an action (told to
 * the server at most every 20 s), and the next poll after the limit signs the session out and reloads the page.
 */
@Component
public class IdleSessions implements VaadinServiceInitListener {

    private static final String LAST_ACTION = IdleSessions.class.getName() + ".lastAction";

    private final Duration timeout;

    public IdleSessions(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> watch(init.getUI()));
    }

    private void watch(UI ui) {
        acted(ui.getSession());
        for (String action : new String[] {"pointerdown", "keydown"}) {
            ui.getElement().addEventListener(action, e -> acted(ui.getSession())).throttle(20_000);
        }
        ui.addPollListener(e -> {
            VaadinSession session = ui.getSession();
            if (session.getAttribute(LAST_ACTION) instanceof Instant last
                    && Duration.between(last, Instant.now()).compareTo(timeout) > 0) {
                ui.getPage().reload();
                session.getSession().invalidate();
            }
        });
    }

    private static void acted(VaadinSession session) {
        session.setAttribute(LAST_ACTION, Instant.now());
    }
}
