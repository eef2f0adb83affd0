package org.peerproof.app.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.peerproof.domain.testsupport.MariaDbTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with demo data on a fresh MariaDB schema, served on the fixed port the Keycloak
 * realm accepts as a test redirect address ({@value KeycloakTestServer#APP_URL}). All classes with this
 * annotation share one Spring context. Its management endpoints listen on {@value #MANAGEMENT_PORT}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=" + KeycloakTestServer.APP_PORT,
                "management.server.port=" + PeerProofAppTest.MANAGEMENT_PORT, "peerproof.demo-data.enabled=true",
                "peerproof.jobs.enabled=false"})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
public @interface PeerProofAppTest {

    /** The management port (health, readiness, Prometheus) of the test application. */
    int MANAGEMENT_PORT = 18081;
}
