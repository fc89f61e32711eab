package org.annalist.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A page that failed to open: a short message and a reference in the log, in development mode as in production. */
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorHandling.reference();
        LOG.error("Error {} opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H2("Annalist"), new Paragraph(getTranslation("error.generic", reference)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
