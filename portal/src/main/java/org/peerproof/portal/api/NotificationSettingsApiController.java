package org.peerproof.portal.api;

import jakarta.validation.Valid;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.notification.NotificationPreferences;
import org.peerproof.domain.notification.NotificationSettingsForm;
import org.peerproof.domain.notification.NotificationSettingsView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in advocate's email notification settings (role advocate, like the rest of /api/v1/me). */
@RestController
@RequestMapping("/api/v1/me/notification-settings")
class NotificationSettingsApiController {

    private final NotificationPreferences preferences;

    NotificationSettingsApiController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    NotificationSettingsView settings(Authentication authentication) {
        return preferences.mine(SignedInUser.of(authentication));
    }

    /** Replaces the choice: the optional categories listed are on, the others off. */
    @PutMapping
    NotificationSettingsView update(@Valid @RequestBody NotificationSettingsForm form, Authentication authentication) {
        return preferences.update(SignedInUser.of(authentication), form);
    }
}
