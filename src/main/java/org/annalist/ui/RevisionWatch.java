package org.annalist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.annalist.database.EventRevision;

/**
 * Draws a view again when the database was written since the view read it, by anyone: this app, the command line or
 * another instance. While the view is attached its browser asks every {@link #POLL_MILLIS} ms (one small request; the
 * server answers from the revision, read again at most every 200 ms) and the view is refreshed only when the revision
 * moved. Polling rather than server push: no long-lived connection to keep through proxies, and a second at most.
 */
public final class RevisionWatch {

    public static final int POLL_MILLIS = 1_000;

    private final EventRevision revision;
    private final Runnable refresh;
    private long shown = -1;
    private Registration poll;

    public RevisionWatch(Component view, EventRevision revision, Runnable refresh) {
        this.revision = revision;
        this.refresh = refresh;
        view.addAttachListener(e -> start(e.getUI()));
        view.addDetachListener(e -> stop(e.getUI()));
    }

    /** The view is about to read the database: what it then shows is at least this revision. */
    public void reading() {
        shown = revision.current();
    }

    /** Refreshes the view now if the database moved since it last read it. */
    public void check() {
        if (revision.current() != shown) {
            reading();
            refresh.run();
        }
    }

    private void start(UI ui) {
        stop(ui);
        ui.setPollInterval(POLL_MILLIS);
        poll = ui.addPollListener(e -> check());
    }

    private void stop(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
            ui.setPollInterval(-1);
        }
    }
}
