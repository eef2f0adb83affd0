package org.peerproof.domain.advocate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in advocate's own profile. */
@Service
public class AdvocateProfiles {

    private final CurrentAdvocate currentAdvocate;

    public AdvocateProfiles(CurrentAdvocate currentAdvocate) {
        this.currentAdvocate = currentAdvocate;
    }

    @Transactional
    public AdvocateProfileView mine() {
        return AdvocateProfileView.of(currentAdvocate.get());
    }
}
