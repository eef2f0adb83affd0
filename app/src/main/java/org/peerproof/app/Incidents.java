package org.peerproof.app;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.peerproof.ui.Feedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Unexpected failures as people meet them: logged in full under a short incident id, shown only as a translated
 * sentence with that id. Pages that fail to open show {@link ErrorView}; a failure after a click or another event
 * on an open page shows a notice (Vaadin would otherwise log it and show nothing, or the exception in development).
 */
@Component
class Incidents implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);

    /** Logs the failure with a new incident id and returns the id, for the person to quote to support. */
    static String record(Throwable failure, String situation) {
        var incident = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        LOG.error("Incident {} while {}", incident, situation, failure);
        return incident;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var incident = record(event.getThrowable(), "handling a request");
        var ui = UI.getCurrent();
        if (ui != null) {
            Feedback.error(ui.getTranslation("error.incident.notice", incident));
        }
    }
}
