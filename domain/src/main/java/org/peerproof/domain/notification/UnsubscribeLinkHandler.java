package org.peerproof.domain.notification;

import java.util.List;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.springframework.stereotype.Component;

/** The unsubscribe link in every optional mail: all optional mail off for the advocate the link was sent to. */
@Component
class UnsubscribeLinkHandler implements ActionLinkHandler {

    private final NotificationPreferences preferences;
    private final AdvocateRepository advocates;

    UnsubscribeLinkHandler(NotificationPreferences preferences, AdvocateRepository advocates) {
        this.preferences = preferences;
        this.advocates = advocates;
    }

    @Override
    public ActionPurpose purpose() {
        return ActionPurpose.UNSUBSCRIBE;
    }

    @Override
    public List<String> describe(ActionLinkClaims link) {
        return List.of(advocate(link));
    }

    @Override
    public String perform(ActionLinkClaims link) {
        var email = advocate(link);
        preferences.unsubscribe(link.advocateId(), email);
        return email;
    }

    private String advocate(ActionLinkClaims link) {
        return advocates.findById(link.advocateId())
                .orElseThrow(() -> new InvalidActionLinkException(InvalidActionLinkException.Reason.NO_LONGER_POSSIBLE))
                .getEmail();
    }
}
