package org.annalist.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says, once the web app is ready, which address to open: one plain line on the console, the same for
 * {@code ./annalist run} and the production jar, whatever else was logged before it.
 */
@Component
class ReadyLine {

    private final String address;
    private volatile int port = -1;

    ReadyLine(@Value("${server.address:}") String address) {
        this.address = address;
    }

    @EventListener
    void onWebServer(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (port > 0) {
            System.out.println("Annalist is ready: open " + url(address, port));
        }
    }

    /** The address a browser on this machine opens: localhost unless the server listens on one named address. */
    static String url(String address, int port) {
        String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port + "/";
    }
}
