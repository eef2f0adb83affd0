package org.peerproof.domain.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.audit.AuditTrail;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The program settings page: program managers read them, admins change them (validated, audited old to new). */
@Service
@Validated
public class ProgramSettingsAdministration {

    static final String AUDIT_ENTITY = "ProgramSettings";
    static final String UPDATED = "program-settings.updated";

    private final ProgramSettingsRepository settings;
    private final TierRepository tiers;
    private final AuditTrail audit;

    public ProgramSettingsAdministration(ProgramSettingsRepository settings, TierRepository tiers, AuditTrail audit) {
        this.settings = settings;
        this.tiers = tiers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public SettingsForm current(SignedInUser user) {
        if (!user.hasAnyRole(Roles.PROGRAM_MANAGER, Roles.ADMIN)) {
            throw new AccessDeniedException("Only program managers and admins see the program settings");
        }
        return SettingsForm.of(settings.current());
    }

    /** Saves the settings if nobody changed them since {@code form.version()} was loaded. */
    @Transactional
    public SettingsForm update(SignedInUser user, @NotNull @Valid SettingsForm form) {
        if (!user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only admins change the program settings");
        }
        var current = settings.current();
        if (!Objects.equals(current.getVersion(), form.version())) {
            throw new DomainConflictException("program.settings.changedMeanwhile");
        }
        var before = SettingsForm.of(current);
        current.apply(form.toRules());
        current.setSelfSignUpStatus(form.selfSignUpStatus());
        current.setDefaultSignUpTier(form.defaultSignUpTierId() == null ? null
                : tiers.findById(form.defaultSignUpTierId()).orElseThrow(
                        () -> new RecordNotFoundException("program.tiers.notFound", form.defaultSignUpTierId())));
        current.setCurrency(form.currency());
        settings.flush();
        var after = SettingsForm.of(current);
        audit.record(user.email(), UPDATED, AUDIT_ENTITY, current.getId(), changes(before, after));
        return after;
    }

    /** "name: old -> new" for each field that changed. */
    private static String changes(SettingsForm before, SettingsForm after) {
        var changed = new StringBuilder();
        var components = SettingsForm.class.getRecordComponents();
        for (var component : components) {
            if (component.getName().equals("version")) {
                continue;
            }
            try {
                var old = component.getAccessor().invoke(before);
                var now = component.getAccessor().invoke(after);
                if (!Objects.equals(old, now)) {
                    changed.append(changed.isEmpty() ? "" : ", ")
                            .append(component.getName()).append(": ").append(old).append(" -> ").append(now);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed.isEmpty() ? "no changes" : changed.toString();
    }
}
