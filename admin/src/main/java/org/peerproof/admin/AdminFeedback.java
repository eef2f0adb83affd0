package org.peerproof.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.i18n.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Tells staff what happened after an action in the admin views: a short success notice, or why a service said no
 * (a refused rule as a notice, invalid input next to its field). The admin module cannot use the portal's helper.
 */
final class AdminFeedback {

    private static final int NOTICE_MILLIS = 5_000;

    private AdminFeedback() {
    }

    static void success(String text) {
        Notification.show(text, NOTICE_MILLIS, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        var notice = Notification.show(text, NOTICE_MILLIS * 2, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The rule's message in the view's language; enum arguments (statuses...) as their labels. */
    static String message(Component context, MessageSource messages, DomainRuleException refused) {
        var arguments = refused.getArguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Enum<?> value) {
                arguments[i] = Labels.of(context, value);
            }
        }
        return messages.getMessage(new DefaultMessageSourceResolvable(refused.getCodes(), arguments),
                context.getUI().orElseGet(UI::getCurrent).getLocale());
    }

    /**
     * Runs a service call; returns false after showing why when it refused.
     *
     * @param fields the form's fields by the property names the service's input record uses
     */
    static boolean attempt(Component context, MessageSource messages, Map<String, ? extends HasValidation> fields,
                           Runnable action) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(violation -> {
                var path = violation.getPropertyPath().toString();
                var field = fields.entrySet().stream().filter(entry -> path.endsWith("." + entry.getKey()))
                        .map(Map.Entry::getValue).findFirst();
                field.ifPresentOrElse(found -> {
                    found.setErrorMessage(violation.getMessage());
                    found.setInvalid(true);
                }, () -> error(violation.getMessage()));
            });
            return false;
        } catch (DomainRuleException refused) {
            error(message(context, messages, refused));
            return false;
        }
    }
}
