package org.peerproof.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.advocate.AdvocateProfiles;
import org.peerproof.domain.advocate.EditableProfile;
import org.peerproof.domain.advocate.NewCompanyForm;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.advocate.ProfileForm;
import org.peerproof.domain.advocate.ProfileOptions;
import org.peerproof.domain.advocate.ProfileOptions.Option;
import org.peerproof.i18n.Labels;
import org.peerproof.i18n.SupportedLocales;
import org.peerproof.portal.support.UiLanguage;
import org.peerproof.ui.BrowserTimeZone;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/**
 * Onboarding and, later, editing of the advocate's profile, in three short steps. Every step saves what is
 * filled in so far, so a person can stop and continue later; errors appear next to the field concerned.
 */
@Route(PortalRoutes.PROFILE)
@RolesAllowed(Roles.ADVOCATE)
public class ProfileWizardView extends VerticalLayout implements HasDynamicTitle {

    private static final int STEPS = 3;

    private final transient AdvocateProfiles profiles;
    private final transient MessageSource messages;

    private final ComboBox<Option> account = new ComboBox<>();
    private final Checkbox companyNotListed = new Checkbox();
    private final TextField companyName = new TextField();
    private final Select<Industry> industry = new Select<>();
    private final Select<SizeBand> sizeBand = new Select<>();
    private final Select<Region> region = new Select<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField title = new TextField();
    private final Select<Persona> persona = new Select<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final Select<Locale> preferredLanguage = new Select<>();
    private final MultiSelectComboBox<Option> products = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Option> useCases = new MultiSelectComboBox<>();
    private final TextArea outcomes = new TextArea();
    private final TextArea bio = new TextArea();
    private final TextField phone = new TextField();

    private final List<FormLayout> steps;
    private final ProgressBar progress = new ProgressBar(1, STEPS);
    private final Paragraph stepLabel = new Paragraph();
    private final Button back = new Button();
    private final Button next = new Button();
    private int step;
    private boolean languageChanged;

    public ProfileWizardView(AdvocateProfiles profiles, MessageSource messages) {
        this.profiles = profiles;
        this.messages = messages;
        addClassName("portal-page");
        var user = SignedInUser.current();
        var options = profiles.options(user);
        setUpFields(user, options.products(), options.useCases());
        steps = List.of(companyStep(), roleStep(), expertiseStep());
        fill(profiles.editable(user));

        back.setText(getTranslation("common.back"));
        back.setId("wizard-back");
        back.addClickListener(click -> show(step - 1));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> saveAndAdvance());
        stepLabel.setId("profile-step");
        // The progress bar's accessible name is the step sentence above it.
        progress.getElement().setAttribute("aria-labelledby", "profile-step");
        add(new H2(getTranslation("profile.title")), new Paragraph(getTranslation("profile.intro")), stepLabel, progress);
        steps.forEach(this::add);
        add(new HorizontalLayout(back, next));
        show(0);
    }

    private void setUpFields(SignedInUser user, List<Option> productOptions, List<Option> useCaseOptions) {
        account.setLabel(getTranslation("profile.company"));
        // Searched as the person types, a few names at a time: the customer list itself is confidential.
        account.setItems(query -> profiles.findCompanies(user, query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        account.setItemLabelGenerator(Option::name);
        account.setHelperText(getTranslation("profile.company.search.help", ProfileOptions.COMPANY_SEARCH_MIN_LENGTH));
        account.setId("profile-company");
        companyNotListed.setLabel(getTranslation("profile.company.notListed"));
        companyNotListed.setId("profile-company-not-listed");
        companyName.setLabel(getTranslation("profile.company.name"));
        companyName.setMaxLength(200);
        companyName.setId("profile-company-name");
        enumSelect(industry, "profile.company.industry", Industry.values());
        enumSelect(sizeBand, "profile.company.size", SizeBand.values());
        enumSelect(region, "profile.company.region", Region.values());
        country.setLabel(getTranslation("profile.company.country"));
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(this::countryName)).toList());
        country.setItemLabelGenerator(this::countryName);
        companyNotListed.addValueChangeListener(change -> showNewCompany(change.getValue()));

        title.setLabel(getTranslation("profile.jobTitle"));
        title.setMaxLength(200);
        title.setId("profile-title");
        enumSelect(persona, "profile.persona", Persona.values());
        persona.setId("profile-persona");
        languages.setLabel(getTranslation("profile.languages"));
        languages.setItems(Arrays.stream(Locale.getISOLanguages()).sorted(Comparator.comparing(this::languageName)).toList());
        languages.setItemLabelGenerator(this::languageName);
        languages.setId("profile-languages");
        timeZone.setLabel(getTranslation("profile.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
        timeZone.setId("profile-time-zone");
        preferredLanguage.setLabel(getTranslation("profile.preferredLanguage"));
        preferredLanguage.setItems(SupportedLocales.ALL);
        preferredLanguage.setItemLabelGenerator(SupportedLocales::nativeName);
        preferredLanguage.setId("profile-preferred-language");

        products.setLabel(getTranslation("profile.products"));
        products.setItems(productOptions);
        products.setItemLabelGenerator(Option::name);
        useCases.setLabel(getTranslation("profile.useCases"));
        useCases.setItems(useCaseOptions);
        useCases.setItemLabelGenerator(Option::name);
        outcomes.setLabel(getTranslation("profile.outcomes"));
        outcomes.setHelperText(getTranslation("profile.outcomes.help"));
        bio.setLabel(getTranslation("profile.bio"));
        bio.setMaxLength(2000);
        phone.setLabel(getTranslation("profile.phone"));
        phone.setMaxLength(40);
    }

    private <E extends Enum<E>> void enumSelect(Select<E> select, String labelKey, E[] values) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> Labels.of(this, value));
    }

    private FormLayout companyStep() {
        return new FormLayout(account, companyNotListed, companyName, industry, sizeBand, region, country);
    }

    private FormLayout roleStep() {
        return new FormLayout(title, persona, languages, timeZone, preferredLanguage);
    }

    private FormLayout expertiseStep() {
        return new FormLayout(products, useCases, outcomes, bio, phone);
    }

    /** Shows the saved profile field by field from the very form that saves it, so nothing entered is lost. */
    private void fill(EditableProfile profile) {
        var saved = profile.form();
        if (saved.accountId() != null) {
            account.setValue(new Option(saved.accountId(), profile.companyName()));
        }
        var named = saved.newCompany();
        if (named != null) {
            // The company they named is still under review: show it as their own entry, as they entered it.
            companyNotListed.setValue(true);
            companyName.setValue(Objects.requireNonNullElse(named.name(), ""));
            industry.setValue(named.industry());
            sizeBand.setValue(named.sizeBand());
            region.setValue(named.region());
            country.setValue(named.countryCode());
        }
        showNewCompany(companyNotListed.getValue());
        title.setValue(Objects.requireNonNullElse(saved.title(), ""));
        persona.setValue(saved.persona());
        languages.setValue(saved.languagesOrEmpty());
        timeZone.setValue(saved.timeZone());
        if (!profile.timeZoneChosen()) {
            BrowserTimeZone.whenKnown(UI.getCurrent(), zone -> {
                if (timeZone.getListDataView().contains(zone.getId())) {
                    timeZone.setValue(zone.getId());
                }
            });
        }
        preferredLanguage.setValue(SupportedLocales.bestMatch(profile.preferredLanguage() == null ? getLocale()
                : Locale.forLanguageTag(profile.preferredLanguage())));
        products.setValue(products.getListDataView().getItems()
                .filter(o -> saved.productIdsOrEmpty().contains(o.id())).collect(Collectors.toSet()));
        useCases.setValue(useCases.getListDataView().getItems()
                .filter(o -> saved.useCaseIdsOrEmpty().contains(o.id())).collect(Collectors.toSet()));
        outcomes.setValue(String.join("\n", saved.outcomesOrEmpty()));
        bio.setValue(Objects.requireNonNullElse(saved.bio(), ""));
        phone.setValue(Objects.requireNonNullElse(saved.phone(), ""));
    }

    private void showNewCompany(boolean notListed) {
        account.setEnabled(!notListed);
        List.<Component>of(companyName, industry, sizeBand, region, country)
                .forEach(field -> field.setVisible(notListed));
    }

    private void show(int index) {
        step = index;
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).setVisible(i == index);
        }
        progress.setValue(index + 1.0);
        stepLabel.setText(getTranslation("profile.step", index + 1, STEPS,
                getTranslation("profile.step." + (index + 1))));
        back.setVisible(index > 0);
        next.setText(getTranslation(index == STEPS - 1 ? "profile.finish" : "common.saveAndContinue"));
    }

    private void saveAndAdvance() {
        // The most specific property first: a violation or refused rule goes to the first field whose key fits.
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("newCompany.name", companyName);
        fields.put("industry", industry);
        fields.put("sizeBand", sizeBand);
        fields.put("region", region);
        fields.put("countryCode", country);
        fields.put("country", country);
        fields.put("newCompany", companyName);
        fields.put("account", account);
        fields.put("title", title);
        fields.put("language", languages);
        fields.put("timeZone", timeZone);
        fields.put("product", products);
        fields.put("useCase", useCases);
        fields.put("outcomes", outcomes);
        fields.put("bio", bio);
        fields.put("phone", phone);
        if (!Feedback.attempt(this, messages, fields, () -> saveProfileAndLanguage(SignedInUser.current()))) {
            return;
        }
        if (step < STEPS - 1) {
            show(step + 1);
        } else if (languageChanged) {
            // A full page load renders the frame and the portal in the newly chosen language.
            UI.getCurrent().getPage().setLocation(PortalRoutes.HOME);
        } else {
            Feedback.saved(this, "profile.saved");
            UI.getCurrent().navigate(PortalHomeView.class);
        }
    }

    private void saveProfileAndLanguage(SignedInUser user) {
        var saved = profiles.update(user, form());
        var chosen = preferredLanguage.getValue();
        if (chosen != null && !chosen.toLanguageTag().equals(saved.preferredLanguage())) {
            profiles.changeLanguage(user, chosen);
            UiLanguage.use(chosen, VaadinSession.getCurrent(), VaadinService.getCurrentRequest(),
                    VaadinService.getCurrentResponse());
            languageChanged = true;
        }
    }

    private ProfileForm form() {
        var newCompany = companyNotListed.getValue()
                ? new NewCompanyForm(companyName.getValue().strip(), industry.getValue(), sizeBand.getValue(),
                        region.getValue(), country.getValue())
                : null;
        var outcomeLines = outcomes.getValue().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new ProfileForm(blankToNull(title.getValue()), persona.getValue(),
                newCompany == null && !account.isEmpty() ? account.getValue().id() : null, newCompany,
                languages.getValue(), timeZone.getValue(), ids(products.getValue()), ids(useCases.getValue()),
                outcomeLines, blankToNull(bio.getValue()), blankToNull(phone.getValue()));
    }

    private static Set<Long> ids(Set<Option> options) {
        return options.stream().map(Option::id).collect(Collectors.toSet());
    }

    private String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale());
    }

    private String languageName(String code) {
        return Locale.of(code).getDisplayLanguage(getLocale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " | " + getTranslation("app.name");
    }
}
