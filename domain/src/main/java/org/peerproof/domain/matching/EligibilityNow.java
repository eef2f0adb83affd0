package org.peerproof.domain.matching;

import java.time.Clock;
import java.time.LocalDate;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.springframework.stereotype.Component;

/**
 * Rule 1 evaluated at this moment, on the advocate's own calendar day, with the program's current settings:
 * the check staff run before asking and the one an advocate's accept runs again.
 */
@Component
public class EligibilityNow {

    private final EligibilitySnapshots snapshots;
    private final ProgramSettingsRepository settings;
    private final Clock clock;

    public EligibilityNow(EligibilitySnapshots snapshots, ProgramSettingsRepository settings, Clock clock) {
        this.snapshots = snapshots;
        this.settings = settings;
        this.clock = clock;
    }

    /** May this advocate be asked for this kind of activity today? */
    public EligibilityResult forNewAsk(Advocate advocate, ActivityTypeCode activityType) {
        var today = todayFor(advocate);
        return policy().evaluate(snapshots.forNewAsk(advocate, activityType, today), activityType, today);
    }

    /** May the advocate take this ask now, counting the slots their other accepted asks already hold? */
    public EligibilityResult forAccepting(Ask ask) {
        var today = todayFor(ask.getAdvocate());
        var activityType = ask.getRequest().getActivityType();
        return policy().evaluate(snapshots.forAccepting(ask, today), activityType, today);
    }

    private EligibilityPolicy policy() {
        return new EligibilityPolicy(settings.current().toRules());
    }

    private LocalDate todayFor(Advocate advocate) {
        return advocate.today(clock);
    }
}
