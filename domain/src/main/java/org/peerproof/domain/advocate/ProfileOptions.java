package org.peerproof.domain.advocate;

import java.util.List;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * What the profile and preference pickers offer. Accounts carry only their name: an advocate must learn nothing
 * about other advocates or about the vendor's relationship with other customers.
 */
public record ProfileOptions(List<Option> accounts, List<Option> products, List<Option> useCases,
                             List<ActivityTypeOption> activityTypes) {

    public record Option(Long id, String name) {
    }

    public record ActivityTypeOption(ActivityTypeCode code, int effortWeight, boolean heavy) {
    }
}
