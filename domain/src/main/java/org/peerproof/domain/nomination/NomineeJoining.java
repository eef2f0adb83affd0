package org.peerproof.domain.nomination;

import java.time.Clock;
import org.peerproof.domain.advocate.AdvocateRecordClaimed;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A nominee signed in for the first time: their open nominations become JOINED. An invited nominee joins the
 * program at once (a program manager already said yes); one nobody has reviewed yet starts like any self-signed-up
 * advocate, in the status the program settings choose.
 */
@Component
public class NomineeJoining {

    private final NominationRepository nominations;
    private final AdvocateRepository advocates;
    private final ProgramSettingsRepository settings;
    private final AuditTrail audit;
    private final Clock clock;

    public NomineeJoining(NominationRepository nominations, AdvocateRepository advocates,
                          ProgramSettingsRepository settings, AuditTrail audit, Clock clock) {
        this.nominations = nominations;
        this.advocates = advocates;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs in the sign-up transaction (a plain, synchronous listener), so it commits or rolls back with the link. */
    @EventListener
    public void on(AdvocateRecordClaimed claimed) {
        var open = nominations.findByNomineeIdAndStatusIn(claimed.advocateId(), Nominations.OPEN);
        if (open.isEmpty()) {
            return;
        }
        var advocate = advocates.findById(claimed.advocateId()).orElseThrow();
        boolean invited = advocate.getStatus() == AdvocateStatus.INVITED;
        if (invited || settings.current().getSelfSignUpStatus() == AdvocateStatus.ACTIVE) {
            advocate.join(advocate.today(clock));
        }
        open.forEach(nomination -> {
            nomination.joined();
            audit.record(advocate.getEmail(), "nomination.joined", Nominations.AUDIT_ENTITY, nomination.getId(),
                    "advocateStatus=" + advocate.getStatus());
        });
    }
}
