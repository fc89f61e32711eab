package org.annalist.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An error in a button's or a field's action: the person reads a short message (and a reference to give to whoever
 * reads the log), never a stack trace or SQL; a refusal of their role says so.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            String message;
            if (refused(cause)) {
                LOG.info("Refused: {}", cause.getMessage());
                message = translate("error.refused");
            } else {
                String reference = reference();
                LOG.error("Error {} in the web interface", reference, cause);
                message = translate("error.generic", reference);
            }
            if (UI.getCurrent() != null) {
                Notification notice = Notification.show(message, 6000, Notification.Position.MIDDLE);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    static boolean refused(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String translate(String key, Object... parameters) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, parameters);
    }
}
