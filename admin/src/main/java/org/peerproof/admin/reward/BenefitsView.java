package org.peerproof.admin.reward;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.Map;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.reward.BenefitForm;
import org.peerproof.domain.reward.BenefitKind;
import org.peerproof.domain.reward.BenefitView;
import org.peerproof.domain.reward.BudgetForm;
import org.peerproof.domain.reward.GrantRow;
import org.peerproof.domain.reward.GrantStatus;
import org.peerproof.domain.reward.RewardProgram;
import org.peerproof.i18n.Dates;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/**
 * Benefits and rewards: this quarter's budget and spend, the catalog and recent grants (mark accepted, delivered).
 * Grants are made from an advocate's detail; self sign-ups are reviewed in the nominations view.
 */
@Route(BenefitsView.ROUTE)
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class BenefitsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/benefits";

    private final RewardProgram rewards;
    private final MessageSource messages;
    private final SignedInUser user = SignedInUser.current();
    private final Paragraph budgetLine = new Paragraph();
    private final Grid<BenefitView> catalog = new Grid<>();
    private final Grid<GrantRow> grants = new Grid<>();

    public BenefitsView(RewardProgram rewards, MessageSource messages) {
        this.rewards = rewards;
        this.messages = messages;
        add(new H2(getTranslation("program.benefits.title")), new Paragraph(getTranslation("program.benefits.intro")),
                new H3(getTranslation("program.benefits.budget")), budgetLine, budgetForm(),
                new H3(getTranslation("program.benefits.catalog")), catalogGrid(),
                new H3(getTranslation("program.benefits.grants")), grantsGrid());
        refresh();
    }

    private void refresh() {
        var budget = rewards.budget(user, rewards.currentQuarter());
        budgetLine.setId("budget-line");
        budgetLine.setText(budget.set()
                ? getTranslation("program.benefits.budgetLine", budget.quarter().toString(), budget.amount(),
                budget.spent(), budget.remaining())
                : getTranslation("program.benefits.budgetUnset", budget.quarter().toString(), budget.spent()));
        catalog.setItems(rewards.catalog(user));
        grants.setItems(rewards.recentGrants(user));
    }

    private Component budgetForm() {
        var quarter = rewards.currentQuarter();
        var year = new IntegerField(getTranslation("program.benefits.year"));
        year.setId("budget-year");
        year.setValue(quarter.year());
        var quarterNo = new IntegerField(getTranslation("program.benefits.quarter"));
        quarterNo.setId("budget-quarter");
        quarterNo.setValue(quarter.quarter());
        var amount = new BigDecimalField(getTranslation("program.benefits.amount"));
        amount.setId("budget-amount");
        var save = new Button(getTranslation("program.benefits.setBudget"), click -> {
            if (Feedback.attempt(this, messages, Map.of("year", year, "quarter", quarterNo, "amount", amount),
                    () -> rewards.setBudget(user, new BudgetForm(valueOf(year), valueOf(quarterNo), amount.getValue())))) {
                Feedback.saved(this, "program.saved");
                refresh();
            }
        });
        save.setId("budget-save");
        var row = new HorizontalLayout(year, quarterNo, amount, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private static int valueOf(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private Component catalogGrid() {
        catalog.setId("benefit-catalog");
        catalog.setAllRowsVisible(true);
        catalog.addColumn(BenefitView::name).setHeader(getTranslation("program.benefits.name")).setAutoWidth(true);
        catalog.addColumn(b -> Labels.of(this, b.kind())).setHeader(getTranslation("program.benefits.kind"));
        catalog.addColumn(b -> b.maxValue() == null ? "" : b.maxValue().toPlainString())
                .setHeader(getTranslation("program.benefits.valueBandHeader"));
        catalog.addColumn(b -> getTranslation(b.active() ? "program.yes" : "program.no"))
                .setHeader(getTranslation("program.benefits.active"));
        catalog.addItemClickListener(click -> benefitEditor(click.getItem()).open());
        var add = new Button(getTranslation("program.benefits.add"), click -> benefitEditor(null).open());
        add.setId("benefit-add");
        return new VerticalLayout(add, catalog);
    }

    private Dialog benefitEditor(BenefitView benefit) {
        var dialog = new Dialog();
        dialog.setId("benefit-editor");
        dialog.setHeaderTitle(getTranslation(benefit == null ? "program.benefits.add" : "program.benefits.edit"));
        var kind = new Select<BenefitKind>();
        kind.setId("benefit-kind");
        kind.setLabel(getTranslation("program.benefits.kind"));
        kind.setItems(BenefitKind.values());
        kind.setItemLabelGenerator(value -> Labels.of(this, value));
        var name = new TextField(getTranslation("program.benefits.name"));
        name.setId("benefit-name");
        var description = new TextArea(getTranslation("program.benefits.description"));
        description.setId("benefit-description");
        var maxValue = new BigDecimalField(getTranslation("program.benefits.valueBandHeader"));
        maxValue.setId("benefit-max-value");
        var active = new Checkbox(getTranslation("program.benefits.active"), true);
        if (benefit != null) {
            kind.setValue(benefit.kind());
            name.setValue(benefit.name());
            description.setValue(benefit.description() == null ? "" : benefit.description());
            maxValue.setValue(benefit.maxValue());
            active.setValue(benefit.active());
        }
        var save = new Button(getTranslation("program.save"), click -> {
            var form = new BenefitForm(benefit == null ? null : benefit.id(), benefit == null ? null : benefit.version(),
                    kind.getValue(), name.getValue(), description.getValue(), maxValue.getValue(), active.getValue());
            if (Feedback.attempt(this, messages, Map.of("kind", kind, "name", name, "description", description,
                    "maxValue", maxValue), () -> rewards.saveBenefit(user, form))) {
                Feedback.saved(this, "program.saved");
                dialog.close();
                refresh();
            }
        });
        save.setId("benefit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(kind, name, description, maxValue, active));
        dialog.getFooter().add(new Button(getTranslation("program.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Component grantsGrid() {
        grants.setId("benefit-grants");
        grants.setHeight("24rem");
        grants.addColumn(GrantRow::advocateName).setHeader(getTranslation("program.advocate")).setAutoWidth(true);
        grants.addColumn(GrantRow::benefitName).setHeader(getTranslation("program.benefits.benefit"));
        grants.addColumn(row -> row.value() == null ? "" : row.value().toPlainString())
                .setHeader(getTranslation("program.benefits.value"));
        grants.addColumn(row -> Labels.of(this, row.status())).setHeader(getTranslation("program.status"));
        grants.addColumn(GrantRow::approvedBy).setHeader(getTranslation("program.benefits.approvedBy"));
        grants.addColumn(row -> Dates.date(row.offeredAt().atZone(ZoneOffset.UTC).toLocalDate(), getLocale()))
                .setHeader(getTranslation("program.benefits.offeredOn"));
        grants.addComponentColumn(row -> {
            if (row.status() == GrantStatus.DELIVERED) {
                return new Paragraph();
            }
            boolean offered = row.status() == GrantStatus.OFFERED;
            var next = new Button(getTranslation(offered ? "program.benefits.markAccepted" : "program.benefits.markDelivered"),
                    click -> {
                        if (Feedback.attempt(this, messages, () -> {
                            if (offered) {
                                rewards.markAccepted(user, row.id());
                            } else {
                                rewards.markDelivered(user, row.id());
                            }
                        })) {
                            refresh();
                        }
                    });
            next.addThemeVariants(ButtonVariant.LUMO_SMALL);
            next.setId("grant-next-" + row.id());
            return next;
        }).setAutoWidth(true);
        return grants;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("program.benefits.title") + " | " + getTranslation("app.name");
    }
}
