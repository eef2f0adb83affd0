package org.peerproof.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocatePreferences;
import org.peerproof.domain.advocate.ConsentChoice;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.PreferencesForm;
import org.peerproof.domain.advocate.PreferencesView;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/** Which activities the advocate will do, how often per quarter, and how they like to be reached. */
@Route(PortalRoutes.PREFERENCES)
@RolesAllowed(Roles.ADVOCATE)
public class MyPreferencesView extends VerticalLayout implements HasDynamicTitle {

    private record RowFields(PreferencesView.Row row, Checkbox willing, IntegerField maxAsks,
                             Select<ContactChannel> channel) {
    }

    private final List<RowFields> rows = new ArrayList<>();

    public MyPreferencesView(AdvocatePreferences preferences, MessageSource messages) {
        addClassName("portal-page");
        var current = preferences.mine(SignedInUser.current());
        add(new H2(getTranslation("preferences.title")),
                new Paragraph(getTranslation("preferences.intro", current.programCap())));
        if (current.awaitingTier()) {
            var beforeTier = new Paragraph(getTranslation("preferences.beforeTier"));
            beforeTier.setId("preferences-before-tier");
            beforeTier.addClassName("portal-card");
            add(beforeTier);
        }
        for (var row : current.activityTypes()) {
            add(rowFor(row, current.programCap()));
        }
        if (rows.stream().noneMatch(fields -> fields.row().choosable())) {
            // Nothing to answer, so no Save that would claim to have kept something.
            var nothing = new Paragraph(getTranslation("preferences.nothingToChoose"));
            nothing.setId("preferences-nothing-to-choose");
            add(nothing);
            return;
        }
        var save = new Button(getTranslation("common.save"), click -> {
            var saved = new PreferencesView[1];
            // Refusals name no single field (the cap applies to every row): shown as a notice.
            if (Feedback.attempt(this, messages, Map.of(),
                    () -> saved[0] = preferences.update(SignedInUser.current(), new PreferencesForm(choices())))) {
                // Before a tier the answers are kept but nobody asks yet: the notice says so.
                Feedback.saved(this, saved[0].awaitingTier() ? "preferences.saved.beforeTier" : "preferences.saved");
            }
        });
        save.setId("save-preferences");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private Div rowFor(PreferencesView.Row row, int programCap) {
        var willing = new Checkbox(Labels.of(this, row.activityType()), row.willing());
        willing.setId("willing-" + row.activityType().name());
        var maxAsks = new IntegerField(getTranslation("preferences.maxAsks"));
        maxAsks.setMin(1);
        maxAsks.setMax(programCap);
        maxAsks.setStepButtonsVisible(true);
        maxAsks.setValue(row.maxAsksPerQuarter() == null ? programCap : row.maxAsksPerQuarter());
        maxAsks.setHelperText(getTranslation("preferences.maxAsks.help", programCap));
        maxAsks.setId("max-" + row.activityType().name());
        var channel = new Select<ContactChannel>();
        channel.setLabel(getTranslation("preferences.channel"));
        channel.setItems(ContactChannel.values());
        channel.setItemLabelGenerator(value -> Labels.of(this, value));
        channel.setValue(row.preferredChannel() == null ? ContactChannel.EMAIL : row.preferredChannel());
        var details = new Div(maxAsks, channel);
        details.addClassName("preference-details");
        details.setVisible(row.willing());
        willing.addValueChangeListener(change -> details.setVisible(change.getValue()));
        var box = new Div(willing, new Paragraph(getTranslation("activity.effort." + row.activityType().name())), details);
        box.addClassName("preference-row");
        if (!row.choosable()) {
            willing.setEnabled(false);
            details.setEnabled(false);
            box.add(new Paragraph(getTranslation("preferences.notInTier")));
        }
        rows.add(new RowFields(row, willing, maxAsks, channel));
        return box;
    }

    private List<ConsentChoice> choices() {
        return rows.stream()
                .filter(r -> r.row().choosable())
                .map(r -> new ConsentChoice(r.row().activityType(), r.willing().getValue(),
                        r.willing().getValue() ? r.maxAsks().getValue() : null, r.channel().getValue()))
                .toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preferences.title") + " | " + getTranslation("app.name");
    }
}
