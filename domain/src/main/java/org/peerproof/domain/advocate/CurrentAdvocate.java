package org.peerproof.domain.advocate;

import org.peerproof.domain.access.CurrentUser;
import org.peerproof.domain.access.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The advocate acting in the current request. Every advocate-scoped read and write starts here, so an
 * advocate can only ever reach their own records: the id comes from the signed token, not from the client.
 */
@Component
public class CurrentAdvocate {

    private final CurrentUser currentUser;
    private final AdvocateSignUpService signUp;

    public CurrentAdvocate(CurrentUser currentUser, AdvocateSignUpService signUp) {
        this.currentUser = currentUser;
        this.signUp = signUp;
    }

    /** The signed-in advocate's record, created or linked on their first visit. */
    public Advocate get() {
        var user = currentUser.require();
        if (!user.hasRole(Roles.ADVOCATE)) {
            throw new AccessDeniedException("Only advocates have an advocate profile");
        }
        return signUp.advocateFor(user);
    }
}
