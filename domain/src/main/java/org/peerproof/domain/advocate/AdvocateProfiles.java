package org.peerproof.domain.advocate;

import org.peerproof.domain.access.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in advocate's own profile. */
@Service
public class AdvocateProfiles {

    private final AdvocateSignUpService signUp;

    public AdvocateProfiles(AdvocateSignUpService signUp) {
        this.signUp = signUp;
    }

    @Transactional
    public AdvocateProfileView mine(SignedInUser user) {
        return AdvocateProfileView.of(signUp.advocateFor(user));
    }
}
