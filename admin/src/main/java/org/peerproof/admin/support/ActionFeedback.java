package org.peerproof.admin.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.peerproof.domain.shared.DomainRuleException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * What staff see after an action in the program views: a short success notice, or why the service refused,
 * next to the field concerned (matched by the property a violation names) or as an error notice.
 */
public final class ActionFeedback {

    private static final int NOTICE_MILLIS = 4_000;

    private ActionFeedback() {
    }

    public static void saved(Component context, String messageKey, Object... arguments) {
        Notification.show(context.getTranslation(messageKey, arguments), NOTICE_MILLIS, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs a service call; on refused rules, invalid input or missing rights shows why and returns false. */
    public static boolean attempt(Component context, MessageSource messages,
                                  Map<String, ? extends HasValidation> fieldsByProperty, Runnable action) {
        fieldsByProperty.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(violation -> {
                var path = violation.getPropertyPath().toString();
                var field = fieldsByProperty.entrySet().stream()
                        .filter(entry -> path.endsWith("." + entry.getKey()) || path.equals(entry.getKey()))
                        .map(Map.Entry::getValue).findFirst();
                if (field.isPresent()) {
                    field.get().setErrorMessage(violation.getMessage());
                    field.get().setInvalid(true);
                } else {
                    error(violation.getMessage());
                }
            });
            return false;
        } catch (DomainRuleException refused) {
            error(messages.getMessage(refused, UI.getCurrent().getLocale()));
            return false;
        } catch (AccessDeniedException denied) {
            error(context.getTranslation("program.notAllowed"));
            return false;
        }
    }

    public static boolean attempt(Component context, MessageSource messages, Runnable action) {
        return attempt(context, messages, Map.of(), action);
    }

    private static void error(String message) {
        Notification.show(message, NOTICE_MILLIS * 2, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
