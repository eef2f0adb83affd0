package org.peerproof.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.Optional;
import org.peerproof.domain.shared.DomainRuleException;
import org.peerproof.domain.shared.ViolationMessages;
import org.peerproof.i18n.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tells the person what happened after an action, in the portal and the console alike: success as a short notice,
 * a refused rule or invalid input next to the field it concerns (or as a notice when no field matches), in the
 * page's language and naming the field ({@link ViolationMessages}). Nothing is saved when a service refuses.
 */
public final class Feedback {

    private static final int NOTICE_MILLIS = 4_000;

    private Feedback() {
    }

    /** A success notice from a message key. */
    public static void saved(Component context, String messageKey, Object... arguments) {
        success(context.getTranslation(messageKey, arguments));
    }

    public static void success(String text) {
        Notification.show(text, NOTICE_MILLIS, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification.show(text, NOTICE_MILLIS * 2, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The rule's message in the view's language; enum arguments (statuses...) as their labels. */
    public static String message(Component context, MessageSource messages, DomainRuleException refused) {
        var arguments = refused.getArguments() == null ? new Object[0] : refused.getArguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Enum<?> value) {
                arguments[i] = Labels.of(context, value);
            }
        }
        return messages.getMessage(new DefaultMessageSourceResolvable(refused.getCodes(), arguments),
                context.getUI().orElseGet(UI::getCurrent).getLocale());
    }

    public static boolean attempt(Component context, MessageSource messages, Runnable action) {
        return attempt(context, messages, Map.of(), action);
    }

    /**
     * Runs a service call; on a refused rule, invalid input or missing rights shows why and returns false.
     *
     * @param fieldsByProperty fields keyed by the form property the service names in its violations (or in the
     *                         refused rule's message key)
     */
    public static boolean attempt(Component context, MessageSource messages,
                                  Map<String, ? extends HasValidation> fieldsByProperty, Runnable action) {
        fieldsByProperty.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (ConstraintViolationException invalid) {
            var locale = context.getUI().orElseGet(UI::getCurrent).getLocale();
            invalid.getConstraintViolations().forEach(violation -> show(ViolationMessages.of(violation, messages, locale),
                    fieldFor(fieldsByProperty, violation.getPropertyPath().toString())));
            return false;
        } catch (DomainRuleException refused) {
            show(message(context, messages, refused), fieldFor(fieldsByProperty, refused.getMessageKey()));
            return false;
        } catch (AccessDeniedException denied) {
            error(context.getTranslation("error.notAllowed"));
            return false;
        }
    }

    private static void show(String message, Optional<HasValidation> field) {
        field.ifPresentOrElse(found -> {
            found.setErrorMessage(message);
            found.setInvalid(true);
        }, () -> error(message));
    }

    /** The field whose property is the last segment of the violation path, else one named in the rule's key. */
    private static Optional<HasValidation> fieldFor(Map<String, ? extends HasValidation> fields, String pathOrKey) {
        return fields.entrySet().stream()
                .filter(entry -> pathOrKey.equals(entry.getKey()) || pathOrKey.endsWith("." + entry.getKey()))
                .<HasValidation>map(Map.Entry::getValue)
                .findFirst()
                .or(() -> fields.entrySet().stream()
                        .filter(entry -> pathOrKey.contains(entry.getKey()))
                        .<HasValidation>map(Map.Entry::getValue)
                        .findFirst());
    }
}
