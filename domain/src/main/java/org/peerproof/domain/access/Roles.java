package org.peerproof.domain.access;

import java.util.Set;

/** The Keycloak realm roles PeerProof knows (docs/domain.md, "Roles"). Spring authorities are "ROLE_" + name. */
public final class Roles {

    public static final String ADVOCATE = "advocate";
    public static final String SALES = "sales";
    public static final String CSM = "csm";
    public static final String PROGRAM_MANAGER = "program-manager";
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(ADVOCATE, SALES, CSM, PROGRAM_MANAGER, ADMIN);
    public static final Set<String> STAFF = Set.of(SALES, CSM, PROGRAM_MANAGER, ADMIN);

    private Roles() {
    }
}
