package org.peerproof.admin.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.settings.ProgramSettingsAdministration;
import org.peerproof.domain.settings.SettingsForm;
import org.peerproof.domain.tier.TierAdministration;
import org.peerproof.domain.tier.TierView;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/**
 * The numbers behind the program rules. Program managers see them; admins change them. Ranges are checked by the
 * service (Bean Validation) and shown next to the field; a change someone else saved first is reported, not lost.
 */
@Route(ProgramSettingsView.ROUTE)
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class ProgramSettingsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/settings";

    /** Form property to field, in the order shown; the property names are those of {@link SettingsForm}. */
    private final Map<String, IntegerField> numbers = new LinkedHashMap<>();
    private final Select<AdvocateStatus> selfSignUpStatus = new Select<>();
    private final Select<Long> defaultSignUpTier = new Select<>();
    private final ComboBox<Currency> currency = new ComboBox<>();
    private Long version;

    public ProgramSettingsView(ProgramSettingsAdministration administration, TierAdministration tiers,
                               MessageSource messages) {
        var user = SignedInUser.current();
        boolean editable = user.hasRole(Roles.ADMIN);
        for (var property : new String[] {"quarterlyAskCap", "restDays", "heavyRestDays", "burnoutAskThreshold",
                "burnoutDeclineStreak", "askExpiryBusinessDays", "actionLinkExpiryDays", "recommitmentPeriodMonths",
                "profileReviewMonths", "matchedWithinHours"}) {
            var field = new IntegerField(getTranslation("program.settings." + property));
            field.setId("setting-" + property);
            field.setStepButtonsVisible(true);
            field.setReadOnly(!editable);
            numbers.put(property, field);
        }
        selfSignUpStatus.setId("setting-selfSignUpStatus");
        selfSignUpStatus.setLabel(getTranslation("program.settings.selfSignUpStatus"));
        selfSignUpStatus.setItems(AdvocateStatus.NOMINATED, AdvocateStatus.ACTIVE);
        selfSignUpStatus.setItemLabelGenerator(status -> Labels.of(this, status));
        selfSignUpStatus.setReadOnly(!editable);
        var tierNames = tiers.list(user).stream().collect(Collectors.toMap(TierView::id, TierView::name,
                (first, second) -> first, LinkedHashMap::new));
        defaultSignUpTier.setId("setting-defaultSignUpTierId");
        defaultSignUpTier.setLabel(getTranslation("program.settings.defaultSignUpTier"));
        defaultSignUpTier.setHelperText(getTranslation("program.settings.defaultSignUpTier.help"));
        defaultSignUpTier.setItems(tierNames.keySet());
        var noDefaultTier = getTranslation("program.settings.defaultSignUpTier.none");
        // Select labels its empty item through the generator too (with null), so the generator names it.
        defaultSignUpTier.setItemLabelGenerator(id -> id == null ? noDefaultTier : tierNames.get(id));
        defaultSignUpTier.setEmptySelectionCaption(noDefaultTier);
        defaultSignUpTier.setEmptySelectionAllowed(true);
        defaultSignUpTier.setReadOnly(!editable);
        currency.setId("setting-currency");
        currency.setLabel(getTranslation("program.settings.currency"));
        currency.setHelperText(getTranslation("program.settings.currency.help"));
        currency.setItems(Currency.getAvailableCurrencies().stream()
                .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList());
        currency.setItemLabelGenerator(value -> value.getCurrencyCode() + " – " + value.getDisplayName(getLocale()));
        currency.setReadOnly(!editable);
        var form = new FormLayout();
        numbers.values().forEach(form::add);
        form.add(selfSignUpStatus, defaultSignUpTier, currency);
        show(administration.current(user));
        add(new H2(getTranslation("program.settings.title")),
                new Paragraph(getTranslation(editable ? "program.settings.intro" : "program.settings.readOnly")), form);
        if (editable) {
            var save = new Button(getTranslation("program.save"), click -> {
                var fields = new LinkedHashMap<String, HasValidation>(numbers);
                fields.put("heavyRestDaysAtLeastRestDays", numbers.get("heavyRestDays"));
                fields.put("selfSignUpStatus", selfSignUpStatus);
                fields.put("defaultSignUpTierId", defaultSignUpTier);
                fields.put("currency", currency);
                var saved = new SettingsForm[1];
                if (Feedback.attempt(this, messages, fields,
                        () -> saved[0] = administration.update(user, read()))) {
                    show(saved[0]);
                    Feedback.saved(this, "program.saved");
                }
            });
            save.setId("settings-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    private void show(SettingsForm settings) {
        version = settings.version();
        numbers.get("quarterlyAskCap").setValue(settings.quarterlyAskCap());
        numbers.get("restDays").setValue(settings.restDays());
        numbers.get("heavyRestDays").setValue(settings.heavyRestDays());
        numbers.get("burnoutAskThreshold").setValue(settings.burnoutAskThreshold());
        numbers.get("burnoutDeclineStreak").setValue(settings.burnoutDeclineStreak());
        numbers.get("askExpiryBusinessDays").setValue(settings.askExpiryBusinessDays());
        numbers.get("actionLinkExpiryDays").setValue(settings.actionLinkExpiryDays());
        numbers.get("recommitmentPeriodMonths").setValue(settings.recommitmentPeriodMonths());
        numbers.get("profileReviewMonths").setValue(settings.profileReviewMonths());
        numbers.get("matchedWithinHours").setValue(settings.matchedWithinHours());
        selfSignUpStatus.setValue(settings.selfSignUpStatus());
        defaultSignUpTier.setValue(settings.defaultSignUpTierId());
        currency.setValue(settings.currency());
    }

    private SettingsForm read() {
        return new SettingsForm(version, number("quarterlyAskCap"), number("restDays"), number("heavyRestDays"),
                number("burnoutAskThreshold"), number("burnoutDeclineStreak"), number("askExpiryBusinessDays"),
                number("actionLinkExpiryDays"), number("recommitmentPeriodMonths"), number("profileReviewMonths"),
                number("matchedWithinHours"), selfSignUpStatus.getValue(), defaultSignUpTier.getValue(),
                currency.getValue());
    }

    /** An empty field reads as -1, which every range refuses, so the violation lands on that field. */
    private int number(String property) {
        var value = numbers.get(property).getValue();
        return value == null ? -1 : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("program.settings.title") + " | " + getTranslation("app.name");
    }
}
