package org.peerproof.admin.advocate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.activity.ActivityLogForm;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.InformalActivities;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.peerproof.ui.LocalizedDatePicker;
import org.springframework.context.MessageSource;

/** Any staff member logs a reference interaction of one advocate that did not come from an ask. */
class LogActivityDialog extends Dialog {

    LogActivityDialog(Long advocateId, String advocateName, LocalDate today, InformalActivities activities,
                      MessageSource messages) {
        setId("log-activity-dialog");
        setHeaderTitle(getTranslation("requests.activity.title", advocateName));
        var type = new ComboBox<ActivityTypeCode>(getTranslation("requests.activity.type"));
        type.setId("activity-type");
        type.setItems(ActivityTypeCode.values());
        type.setItemLabelGenerator(code -> Labels.of(this, code));
        type.setRequired(true);
        var occurredOn = new LocalizedDatePicker(getTranslation("requests.activity.occurredOn"), today);
        occurredOn.setId("activity-occurred-on");
        occurredOn.setMax(today);
        var opportunityId = new TextField(getTranslation("requests.activity.opportunityId"));
        opportunityId.setId("activity-opportunity-id");
        opportunityId.setMaxLength(64);
        var notes = new TextArea(getTranslation("requests.activity.notes"));
        notes.setId("activity-notes");
        notes.setMaxLength(2000);
        add(new FormLayout(type, occurredOn, opportunityId, notes));

        var save = new Button(getTranslation("requests.activity.save"), click -> {
            var form = new ActivityLogForm(advocateId, type.getValue(), occurredOn.getValue(),
                    opportunityId.getValue(), notes.getValue());
            if (Feedback.attempt(this, messages, Map.of("activityType", type, "occurredOn", occurredOn,
                    "opportunityId", opportunityId, "notes", notes),
                    () -> activities.log(SignedInUser.current(), form))) {
                Feedback.saved(this, "requests.activity.logged");
                close();
            }
        });
        save.setId("save-activity");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("requests.activity.cancel"), click -> close()), save);
    }
}
