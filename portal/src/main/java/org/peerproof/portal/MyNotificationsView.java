package org.peerproof.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.notification.MailCategory;
import org.peerproof.domain.notification.MailDelivery;
import org.peerproof.domain.notification.NotificationPreferences;
import org.peerproof.domain.notification.NotificationSettingsForm;
import org.peerproof.domain.notification.NotificationSettingsView;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/** Which optional emails the advocate gets, at once or as a weekly digest; asks and membership mail always come. */
@Route(PortalRoutes.NOTIFICATIONS)
@RolesAllowed(Roles.ADVOCATE)
public class MyNotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient NotificationPreferences preferences;
    private final transient MessageSource messages;
    private final RadioButtonGroup<MailDelivery> delivery = new RadioButtonGroup<>();
    private final CheckboxGroup<MailCategory> categories = new CheckboxGroup<>();

    public MyNotificationsView(NotificationPreferences preferences, MessageSource messages) {
        this.preferences = preferences;
        this.messages = messages;
        addClassName("portal-page");
        var current = preferences.mine(SignedInUser.current());
        categories.setId("notification-categories");
        categories.setLabel(getTranslation("email.settings.categories"));
        categories.setItems(current.optional());
        categories.setItemLabelGenerator(category -> Labels.of(this, category));
        delivery.setId("notification-delivery");
        delivery.setLabel(getTranslation("email.settings.delivery"));
        delivery.setItems(MailDelivery.values());
        delivery.setItemLabelGenerator(choice -> Labels.of(this, choice));
        var save = new Button(getTranslation("common.save"), click -> save());
        save.setId("save-notifications");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("email.settings.title")), new Paragraph(getTranslation("email.settings.intro")),
                categories, delivery, save);
        show(current);
    }

    private void show(NotificationSettingsView current) {
        categories.setValue(current.categories());
        delivery.setValue(current.delivery());
    }

    private void save() {
        var form = new NotificationSettingsForm(delivery.getValue(), categories.getValue());
        if (Feedback.attempt(this, messages, Map.of(), () -> show(preferences.update(SignedInUser.current(), form)))) {
            Feedback.saved(this, "email.settings.saved");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email.settings.title") + " | " + getTranslation("app.name");
    }
}
