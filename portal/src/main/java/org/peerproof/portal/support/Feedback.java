package org.peerproof.portal.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.peerproof.domain.shared.DomainRuleException;
import org.springframework.context.MessageSource;

/**
 * Tells the person what happened after an action: success as a short notice, a refused rule or invalid input
 * next to the field it concerns (or as a notice when no field matches). Nothing is saved when a service refuses.
 */
public final class Feedback {

    private static final int NOTICE_MILLIS = 4_000;

    private Feedback() {
    }

    public static void saved(Component context, String messageKey) {
        var notice = Notification.show(context.getTranslation(messageKey), NOTICE_MILLIS, Notification.Position.BOTTOM_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Runs a service call; on a refused rule or invalid input shows why and returns false.
     *
     * @param fieldsByProperty fields keyed by the form property the service names in its violations
     */
    public static boolean attempt(Component context, MessageSource messages, Map<String, ? extends HasValidation> fieldsByProperty,
                                  Runnable action) {
        fieldsByProperty.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(violation -> {
                var field = fieldFor(fieldsByProperty, violation.getPropertyPath().toString());
                if (field != null) {
                    field.setErrorMessage(violation.getMessage());
                    field.setInvalid(true);
                } else {
                    error(violation.getMessage());
                }
            });
            return false;
        } catch (DomainRuleException refused) {
            var message = messages.getMessage(refused, UI.getCurrent().getLocale());
            var field = fieldFor(fieldsByProperty, refused.getMessageKey());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                error(message);
            }
            return false;
        }
    }

    /** The field whose property name appears in the violation path or the rule's message key. */
    private static HasValidation fieldFor(Map<String, ? extends HasValidation> fields, String pathOrKey) {
        return fields.entrySet().stream()
                .filter(entry -> pathOrKey.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static void error(String message) {
        var notice = Notification.show(message, NOTICE_MILLIS * 2, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
