package org.peerproof.domain.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateSignUpService;
import org.peerproof.domain.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The signed-in advocate's notification settings, which the outbox sender honours when it sends. */
@Service
@Validated
public class NotificationPreferences {

    static final String AUDIT_ENTITY = "NotificationSettings";
    static final String UPDATED = "notification.settings-updated";
    static final String UNSUBSCRIBED = "notification.unsubscribed";

    private final AdvocateSignUpService signUp;
    private final NotificationSettingsRepository settings;
    private final AuditTrail audit;

    public NotificationPreferences(AdvocateSignUpService signUp, NotificationSettingsRepository settings,
                                   AuditTrail audit) {
        this.signUp = signUp;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    public NotificationSettingsView mine(SignedInUser user) {
        return NotificationSettingsView.of(settingsOf(signUp.advocateFor(user).getId()));
    }

    @Transactional
    public NotificationSettingsView update(SignedInUser user, @NotNull @Valid NotificationSettingsForm form) {
        var own = settingsOf(signUp.advocateFor(user).getId());
        var muted = EnumSet.copyOf(MailCategory.optional());
        muted.removeAll(form.categories());
        own.change(form.delivery(), muted);
        var saved = settings.save(own);
        audit.record(user.email(), UPDATED, AUDIT_ENTITY, saved.getId(), form.delivery() + " muted=" + muted);
        return NotificationSettingsView.of(saved);
    }

    /** The one-click unsubscribe of a mail footer: every optional category off, for that advocate only. */
    @Transactional
    public void unsubscribe(Long advocateId, String actor) {
        var own = settingsOf(advocateId);
        own.unsubscribeFromAllOptional();
        var saved = settings.save(own);
        audit.record(actor, UNSUBSCRIBED, AUDIT_ENTITY, saved.getId(), null);
    }

    /** The settings an advocate has, or the defaults (everything, immediately) when they never chose. */
    @Transactional(readOnly = true)
    public NotificationSettings settingsOf(Long advocateId) {
        return settings.findByAdvocateId(advocateId).orElseGet(() -> new NotificationSettings(advocateId));
    }
}
