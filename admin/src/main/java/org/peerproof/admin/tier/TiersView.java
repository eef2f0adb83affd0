package org.peerproof.admin.tier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.reward.BenefitView;
import org.peerproof.domain.reward.RewardProgram;
import org.peerproof.domain.tier.TierAdministration;
import org.peerproof.domain.tier.TierForm;
import org.peerproof.domain.tier.TierView;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/**
 * The tiers: what each expects per year, may be asked for and gives, and whether it needs a written agreement and a
 * named relationship owner. Clicking a tier edits it. Advocates move between tiers from their directory detail.
 */
@Route(TiersView.ROUTE)
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class TiersView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/tiers";

    private final TierAdministration tiers;
    private final RewardProgram rewards;
    private final MessageSource messages;
    private final SignedInUser user = SignedInUser.current();
    private final Grid<TierView> grid = new Grid<>();

    public TiersView(TierAdministration tiers, RewardProgram rewards, MessageSource messages) {
        this.tiers = tiers;
        this.rewards = rewards;
        this.messages = messages;
        setSizeFull();
        grid.setId("tiers-grid");
        grid.addColumn(TierView::name).setHeader(getTranslation("program.tiers.name")).setAutoWidth(true);
        grid.addColumn(TierView::expectedActivitiesPerYear).setHeader(getTranslation("program.tiers.expected"));
        grid.addColumn(tier -> tier.allowedActivityTypes().stream().sorted().map(type -> Labels.of(this, type))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("program.tiers.activityTypes"));
        grid.addColumn(tier -> String.join(", ", tier.benefitNames())).setHeader(getTranslation("program.tiers.benefits"));
        grid.addColumn(tier -> getTranslation(tier.agreementRequired() ? "program.yes" : "program.no"))
                .setHeader(getTranslation("program.tiers.agreement"));
        grid.addColumn(tier -> getTranslation(tier.relationshipOwnerRequired() ? "program.yes" : "program.no"))
                .setHeader(getTranslation("program.tiers.owner"));
        grid.addItemClickListener(click -> editor(click.getItem()).open());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("program.tiers.title")), new Paragraph(getTranslation("program.tiers.intro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tiers.list(user));
    }

    private Dialog editor(TierView tier) {
        var dialog = new Dialog();
        dialog.setId("tier-editor");
        dialog.setHeaderTitle(tier.name());
        var name = new TextField(getTranslation("program.tiers.name"), tier.name(), "");
        name.setId("tier-name");
        var expected = new IntegerField(getTranslation("program.tiers.expected"));
        expected.setId("tier-expected");
        expected.setValue(tier.expectedActivitiesPerYear());
        var types = new MultiSelectComboBox<ActivityTypeCode>(getTranslation("program.tiers.activityTypes"));
        types.setId("tier-activity-types");
        types.setItems(Arrays.asList(ActivityTypeCode.values()));
        types.setItemLabelGenerator(type -> Labels.of(this, type));
        types.setValue(tier.allowedActivityTypes());
        var benefits = new MultiSelectComboBox<BenefitView>(getTranslation("program.tiers.benefits"));
        benefits.setId("tier-benefits");
        var catalog = rewards.catalog(user);
        benefits.setItems(catalog);
        benefits.setItemLabelGenerator(BenefitView::name);
        benefits.setValue(catalog.stream().filter(b -> tier.benefitIds().contains(b.id())).collect(Collectors.toSet()));
        var agreement = new Checkbox(getTranslation("program.tiers.agreement"), tier.agreementRequired());
        agreement.setId("tier-agreement");
        var owner = new Checkbox(getTranslation("program.tiers.owner"), tier.relationshipOwnerRequired());
        owner.setId("tier-owner");
        var form = new FormLayout(name, expected, types, benefits, agreement, owner);
        var save = new Button(getTranslation("program.save"), click -> {
            var input = new TierForm(tier.id(), tier.version(), name.getValue(),
                    expected.getValue() == null ? -1 : expected.getValue(), types.getValue(),
                    benefits.getValue().stream().map(BenefitView::id).collect(Collectors.toSet()),
                    agreement.getValue(), owner.getValue());
            if (Feedback.attempt(this, messages, Map.of("name", name,
                    "expectedActivitiesPerYear", expected, "allowedActivityTypes", types),
                    () -> tiers.update(user, input))) {
                Feedback.saved(this, "program.saved");
                dialog.close();
                refresh();
            }
        });
        save.setId("tier-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("program.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("program.tiers.title") + " | " + getTranslation("app.name");
    }
}
