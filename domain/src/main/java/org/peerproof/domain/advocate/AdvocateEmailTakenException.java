package org.peerproof.domain.advocate;

/** A sign-up used an unverified email address that already belongs to another advocate. */
public class AdvocateEmailTakenException extends RuntimeException {

    public AdvocateEmailTakenException(String email) {
        super("An advocate with email " + email + " already exists; verify the address to claim that profile");
    }
}
