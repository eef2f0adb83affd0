package org.peerproof.admin.request;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.ReferenceRequests;
import org.peerproof.domain.request.RequestForm;
import org.peerproof.domain.request.RequestFormOptions;
import org.peerproof.domain.request.RequestPrefill;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.peerproof.ui.LocalizedDatePicker;
import org.springframework.context.MessageSource;

/**
 * Filing a reference request (sales, program-manager, admin), short enough for under a minute: typing an
 * opportunity id one filed for before fills in the prospect's details from that earlier request.
 */
@Route(NewRequestView.ROUTE)
@RolesAllowed({Roles.SALES, Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class NewRequestView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/requests/new";

    /** How far out "needed by" starts: a typical reference call is arranged within a week or two. */
    private static final int DEFAULT_LEAD_DAYS = 14;

    private final transient ReferenceRequests requests;
    private final transient MessageSource messages;

    private final TextField opportunityId = new TextField();
    private final Paragraph prefilled = new Paragraph();
    private final TextField prospectCompany = new TextField();
    private final ComboBox<Industry> industry = new ComboBox<>();
    private final ComboBox<SizeBand> sizeBand = new ComboBox<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final MultiSelectComboBox<RequestFormOptions.Option> products = new MultiSelectComboBox<>();
    private final ComboBox<RequestFormOptions.Option> useCase = new ComboBox<>();
    private final ComboBox<Persona> persona = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final ComboBox<DealStage> dealStage = new ComboBox<>();
    private final BigDecimalField dealAmount = new BigDecimalField();
    private final ComboBox<ActivityTypeCode> activityType = new ComboBox<>();
    private final DatePicker neededBy = new LocalizedDatePicker();
    private final TextArea notes = new TextArea();

    public NewRequestView(ReferenceRequests requests, MessageSource messages, Clock clock) {
        this.requests = requests;
        this.messages = messages;
        var options = requests.options(SignedInUser.current());
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

        setup(opportunityId, "opportunity-id", "requests.new.opportunityId");
        opportunityId.setHelperText(getTranslation("requests.new.opportunityId.helper"));
        opportunityId.setRequired(true);
        opportunityId.setValueChangeMode(ValueChangeMode.ON_BLUR);
        opportunityId.addValueChangeListener(change -> prefill(change.getValue()));
        prefilled.setId("prefilled");
        prefilled.setVisible(false);
        setup(prospectCompany, "prospect-company", "requests.new.prospectCompany");
        prospectCompany.setRequired(true);
        enumChoice(industry, "industry", "requests.new.industry", Industry.values());
        enumChoice(sizeBand, "size-band", "requests.new.sizeBand", SizeBand.values());
        enumChoice(region, "region", "requests.new.region", Region.values());
        setup(products, "products", "requests.new.products");
        products.setItems(options.products());
        products.setItemLabelGenerator(RequestFormOptions.Option::name);
        setup(useCase, "use-case", "requests.new.useCase");
        useCase.setItems(options.useCases());
        useCase.setItemLabelGenerator(RequestFormOptions.Option::name);
        enumChoice(persona, "persona", "requests.new.persona", Persona.values());
        persona.setRequired(false);
        setup(language, "language", "requests.new.language");
        var locale = getLocale();
        language.setItems(Arrays.stream(Locale.getISOLanguages())
                .sorted(Comparator.comparing(code -> Locale.of(code).getDisplayLanguage(locale))).toList());
        language.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(locale));
        enumChoice(dealStage, "deal-stage", "requests.new.dealStage", DealStage.values());
        setup(dealAmount, "deal-amount", "requests.new.dealAmount");
        enumChoice(activityType, "activity-type", "requests.new.activityType", ActivityTypeCode.values());
        activityType.setValue(ActivityTypeCode.REFERENCE_CALL_30);
        setup(neededBy, "needed-by", "requests.new.neededBy");
        neededBy.setRequired(true);
        neededBy.setMin(today);
        neededBy.setValue(today.plusDays(DEFAULT_LEAD_DAYS));
        setup(notes, "notes", "requests.new.notes");
        notes.setMaxLength(2000);

        var form = new FormLayout(opportunityId, prospectCompany, industry, sizeBand, region, products, useCase,
                persona, language, dealStage, dealAmount, activityType, neededBy, notes);
        form.setColspan(notes, 2);
        var submit = new Button(getTranslation("requests.new.submit"), click -> submit());
        submit.setId("file-request");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("requests.new.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(RequestQueueView.class)));
        cancel.setId("cancel-request");
        add(new H2(getTranslation("requests.new.title")), prefilled, form, new HorizontalLayout(submit, cancel));
        opportunityId.focus();
    }

    /** The prospect's details from the user's latest request for this opportunity, if there is one. */
    private void prefill(String opportunity) {
        var found = requests.prefill(SignedInUser.current(), opportunity);
        prefilled.setVisible(found.isPresent());
        found.ifPresent(this::fill);
    }

    private void fill(RequestPrefill earlier) {
        prospectCompany.setValue(earlier.prospectCompany());
        industry.setValue(earlier.prospectIndustry());
        sizeBand.setValue(earlier.sizeBand());
        region.setValue(earlier.region());
        products.setValue(products.getListDataView().getItems()
                .filter(option -> earlier.productIds().contains(option.id())).collect(Collectors.toSet()));
        useCase.setValue(useCase.getListDataView().getItems()
                .filter(option -> option.id().equals(earlier.useCaseId())).findFirst().orElse(null));
        dealStage.setValue(earlier.dealStage());
        dealAmount.setValue(earlier.dealAmount());
        prefilled.setText(getTranslation("requests.new.prefilled",
                Dates.date(LocalDate.ofInstant(earlier.filedAt(), ZoneOffset.UTC), getLocale())));
    }

    private void submit() {
        var form = new RequestForm(opportunityId.getValue(), prospectCompany.getValue(), industry.getValue(),
                sizeBand.getValue(), region.getValue(),
                products.getValue().stream().map(RequestFormOptions.Option::id).collect(Collectors.toCollection(HashSet::new)),
                useCase.getValue() == null ? null : useCase.getValue().id(), persona.getValue(), language.getValue(),
                dealStage.getValue(), dealAmount.getValue(), activityType.getValue(), neededBy.getValue(),
                notes.getValue());
        var filed = new Long[1];
        var fields = Map.ofEntries(Map.entry("opportunityId", opportunityId),
                Map.entry("prospectCompany", prospectCompany), Map.entry("prospectIndustry", industry),
                Map.entry("sizeBand", sizeBand), Map.entry("region", region), Map.entry("productIds", products),
                Map.entry("useCaseId", useCase), Map.entry("preferredPersona", persona),
                Map.entry("languageCode", language), Map.entry("dealStage", dealStage),
                Map.entry("dealAmount", dealAmount), Map.entry("activityType", activityType),
                Map.entry("neededBy", neededBy), Map.entry("notes", notes));
        if (Feedback.attempt(this, messages, fields, () -> filed[0] = requests.file(SignedInUser.current(), form))) {
            Feedback.saved(this, "requests.new.filed");
            getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class,
                    new RouteParameters(RequestDetailView.REQUEST_ID, filed[0].toString())));
        }
    }

    private <T extends Enum<T>> void enumChoice(ComboBox<T> box, String id, String labelKey, T[] values) {
        setup(box, id, labelKey);
        box.setItems(values);
        box.setItemLabelGenerator(value -> Labels.of(this, value));
        box.setRequired(true);
    }

    private <F extends Component & HasLabel> void setup(F field, String id, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.new.title") + " | " + getTranslation("app.name");
    }
}
