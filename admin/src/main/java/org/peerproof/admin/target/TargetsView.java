package org.peerproof.admin.target;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerproof.domain.access.Roles;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.advocate.AdvocateDirectory;
import org.peerproof.domain.advocate.DirectoryOptions;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.target.ProgramTargets;
import org.peerproof.domain.target.TargetCoverage;
import org.peerproof.domain.target.TargetForm;
import org.peerproof.i18n.Labels;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/**
 * Program targets (e.g. five healthcare advocates in APAC for a product): coverage by active advocates, the gap,
 * and the open nominations that would close it. Biggest gaps first; clicking a target edits it.
 */
@Route(TargetsView.ROUTE)
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class TargetsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "admin/targets";

    private final ProgramTargets targets;
    private final MessageSource messages;
    private final SignedInUser user = SignedInUser.current();
    private final Grid<TargetCoverage> grid = new Grid<>();
    private final List<DirectoryOptions.Option> products;

    public TargetsView(ProgramTargets targets, AdvocateDirectory directory, MessageSource messages) {
        this.targets = targets;
        this.messages = messages;
        this.products = directory.options(user).products();
        setSizeFull();
        grid.setId("targets-grid");
        grid.addColumn(this::describe).setHeader(getTranslation("program.targets.target")).setAutoWidth(true);
        grid.addColumn(TargetCoverage::desiredCount).setHeader(getTranslation("program.targets.desired"));
        grid.addColumn(TargetCoverage::covered).setHeader(getTranslation("program.targets.covered"));
        grid.addColumn(TargetCoverage::gap).setHeader(getTranslation("program.targets.gap"));
        grid.addColumn(row -> row.openNominations().stream().map(TargetCoverage.Nominee::name)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("program.targets.nominations"));
        grid.addColumn(row -> getTranslation(row.met() ? "program.targets.met"
                : row.nominationsCloseGap() ? "program.targets.closable" : "program.targets.open"))
                .setHeader(getTranslation("program.status"));
        grid.addItemClickListener(click -> editor(click.getItem()).open());
        grid.setSizeFull();
        var add = new Button(getTranslation("program.targets.add"), click -> editor(null).open());
        add.setId("target-add");
        add(new H2(getTranslation("program.targets.title")), new Paragraph(getTranslation("program.targets.intro")),
                add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(targets.coverage(user));
    }

    private String describe(TargetCoverage target) {
        var parts = new ArrayList<String>();
        var criteria = target.criteria();
        if (criteria.industry() != null) {
            parts.add(Labels.of(this, criteria.industry()));
        }
        if (criteria.region() != null) {
            parts.add(Labels.of(this, criteria.region()));
        }
        if (target.productName() != null) {
            parts.add(target.productName());
        }
        if (criteria.persona() != null) {
            parts.add(Labels.of(this, criteria.persona()));
        }
        return String.join(" · ", parts);
    }

    private Dialog editor(TargetCoverage target) {
        var dialog = new Dialog();
        dialog.setId("target-editor");
        dialog.setHeaderTitle(getTranslation(target == null ? "program.targets.add" : "program.targets.edit"));
        var industry = enumPicker("program.targets.industry", Industry.values());
        industry.setId("target-industry");
        var region = enumPicker("program.targets.region", Region.values());
        region.setId("target-region");
        var persona = enumPicker("program.targets.persona", Persona.values());
        persona.setId("target-persona");
        var product = new ComboBox<DirectoryOptions.Option>(getTranslation("program.targets.product"), products);
        product.setId("target-product");
        product.setItemLabelGenerator(DirectoryOptions.Option::name);
        product.setClearButtonVisible(true);
        var desired = new IntegerField(getTranslation("program.targets.desired"));
        desired.setId("target-desired");
        if (target != null) {
            industry.setValue(target.criteria().industry());
            region.setValue(target.criteria().region());
            persona.setValue(target.criteria().persona());
            product.setValue(products.stream().filter(option -> option.id().equals(target.criteria().productId()))
                    .findFirst().orElse(null));
            desired.setValue(target.desiredCount());
        }
        var save = new Button(getTranslation("program.save"), click -> {
            var form = new TargetForm(target == null ? null : target.targetId(), target == null ? null : target.version(),
                    industry.getValue(), region.getValue(), product.getValue() == null ? null : product.getValue().id(),
                    persona.getValue(), desired.getValue() == null ? 0 : desired.getValue());
            if (Feedback.attempt(this, messages, Map.of("desiredCount", desired, "someDimensionGiven", industry),
                    () -> targets.save(user, form))) {
                Feedback.saved(this, "program.saved");
                dialog.close();
                refresh();
            }
        });
        save.setId("target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var footer = new HorizontalLayout();
        if (target != null) {
            var delete = new Button(getTranslation("program.targets.delete"), click -> {
                if (Feedback.attempt(this, messages, () -> targets.delete(user, target.targetId()))) {
                    dialog.close();
                    refresh();
                }
            });
            delete.setId("target-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            footer.add(delete);
        }
        footer.add(new Button(getTranslation("program.cancel"), click -> dialog.close()), save);
        dialog.add(new FormLayout(industry, region, product, persona, desired));
        dialog.getFooter().add(footer);
        return dialog;
    }

    @SafeVarargs
    private <E extends Enum<E>> ComboBox<E> enumPicker(String labelKey, E... values) {
        var picker = new ComboBox<E>(getTranslation(labelKey), values);
        picker.setItemLabelGenerator(value -> Labels.of(this, value));
        picker.setClearButtonVisible(true);
        return picker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("program.targets.title") + " | " + getTranslation("app.name");
    }
}
