package org.peerproof.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the domain module's Spring tests boot: every entity and repository under this package. */
@SpringBootApplication
public class DomainTestApplication {
}
