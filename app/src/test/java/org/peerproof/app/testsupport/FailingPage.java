package org.peerproof.app.testsupport;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that always fails to open, only on the test classpath: the error view must show instead of this. */
@Route(FailingPage.ROUTE)
@AnonymousAllowed
public class FailingPage extends Div {

    public static final String ROUTE = "test/failing-page";
    public static final String SECRET = "internal detail no person may see";

    public FailingPage() {
        throw new IllegalStateException(SECRET);
    }
}
