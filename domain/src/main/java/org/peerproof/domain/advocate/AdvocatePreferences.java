package org.peerproof.domain.advocate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.ActivityTypeRepository;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.shared.DomainRuleException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What the signed-in advocate is willing to do, how often and how (the consent part of rule 1). Consent is the
 * advocate's own choice, so an advocate not yet placed in a tier may state it for any activity; being asked still
 * needs a tier that allows the activity (eligibility), so those answers take effect once staff place them.
 */
@Service
@Validated
public class AdvocatePreferences {

    static final String UPDATED = "advocate.preferences-updated";

    private final AdvocateSignUpService signUp;
    private final ActivityTypeRepository activityTypes;
    private final ProgramSettingsRepository settings;
    private final AuditTrail audit;

    public AdvocatePreferences(AdvocateSignUpService signUp, ActivityTypeRepository activityTypes,
                               ProgramSettingsRepository settings, AuditTrail audit) {
        this.signUp = signUp;
        this.activityTypes = activityTypes;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    public PreferencesView mine(SignedInUser user) {
        return viewOf(signUp.advocateFor(user));
    }

    /** Applies every choice or, when one breaks a rule, none of them. */
    @Transactional
    public PreferencesView update(SignedInUser user, @NotNull @Valid PreferencesForm form) {
        var advocate = signUp.advocateFor(user);
        int cap = programCap();
        var allowed = choosableTypes(advocate);
        var seen = EnumSet.noneOf(ActivityTypeCode.class);
        for (var choice : form.choices()) {
            if (!seen.add(choice.activityType())) {
                throw new DomainRuleException("preferences.activityType.duplicate",
                        choice.activityType());
            }
            check(choice, cap, allowed);
        }
        for (var choice : form.choices()) {
            advocate.consent(choice.activityType(), choice.willing(),
                    choice.maxAsksPerQuarter() == null ? 0 : choice.maxAsksPerQuarter(), choice.preferredChannel());
        }
        audit.record(user.email(), UPDATED, AdvocateSignUpService.AUDIT_ENTITY, advocate.getId(),
                "willing=" + advocate.getConsents().stream().filter(ActivityConsent::isWilling)
                        .map(consent -> consent.getActivityType().name()).sorted().toList());
        return viewOf(advocate);
    }

    private static void check(ConsentChoice choice, int cap, Set<ActivityTypeCode> allowed) {
        var max = choice.maxAsksPerQuarter();
        if (choice.willing() && max == null) {
            throw new DomainRuleException("preferences.maxAsks.required",
                    choice.activityType());
        }
        if (max != null && (max < 1 || max > cap)) {
            throw new DomainRuleException("preferences.maxAsks.outOfRange", max, cap);
        }
        if (choice.willing() && !allowed.contains(choice.activityType())) {
            throw new DomainRuleException("preferences.activityType.notInTier",
                    choice.activityType());
        }
    }

    private PreferencesView viewOf(Advocate advocate) {
        var tier = advocate.getTier();
        var choosable = choosableTypes(advocate);
        var rows = activityTypes.findAll(Sort.by("code")).stream().map(type -> {
            var consent = advocate.consentFor(type.getCode());
            return new PreferencesView.Row(type.getCode(), type.getEffortWeight(), type.isHeavy(),
                    tier != null && tier.allows(type.getCode()), choosable.contains(type.getCode()),
                    consent.map(ActivityConsent::isWilling).orElse(false),
                    consent.map(ActivityConsent::getMaxAsksPerQuarter).filter(max -> max > 0).orElse(null),
                    consent.map(ActivityConsent::getPreferredChannel).orElse(null));
        }).toList();
        return new PreferencesView(programCap(), tier == null ? null : tier.getName(), rows);
    }

    /** The tier's activity types; every type before staff place the advocate in a tier. */
    private static Set<ActivityTypeCode> choosableTypes(Advocate advocate) {
        return advocate.getTier() == null ? EnumSet.allOf(ActivityTypeCode.class)
                : Set.copyOf(advocate.getTier().getAllowedActivityTypes());
    }

    private int programCap() {
        return settings.current().toRules().quarterlyAskCap();
    }
}
