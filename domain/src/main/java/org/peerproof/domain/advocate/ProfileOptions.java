package org.peerproof.domain.advocate;

import java.util.List;
import org.peerproof.domain.activity.ActivityTypeCode;

/**
 * What the profile and preference pickers offer. The vendor's customer list is confidential: companies are never
 * listed here, an advocate finds their own by name ({@link AdvocateProfiles#findCompanies}), and then learns only
 * its name, nothing about other advocates or about the vendor's relationship with other customers.
 */
public record ProfileOptions(List<Option> products, List<Option> useCases, List<ActivityTypeOption> activityTypes) {

    /** Fewer typed characters find no company: a letter or two would page through the customer list. */
    public static final int COMPANY_SEARCH_MIN_LENGTH = 3;

    /** At most this many companies per search: enough to find one's own, too few to collect the list. */
    public static final int COMPANY_SEARCH_MAX_RESULTS = 5;

    public record Option(Long id, String name) {
    }

    public record ActivityTypeOption(ActivityTypeCode code, int effortWeight, boolean heavy) {
    }
}
