package org.peerproof.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.peerproof.domain.access.SignedInUser;
import org.peerproof.domain.recommitment.OpenRecommitment;
import org.peerproof.domain.recommitment.RecommitmentAnswers;
import org.peerproof.i18n.Dates;
import org.peerproof.ui.Feedback;
import org.springframework.context.MessageSource;

/** The advocate's open yearly recommitment (rule 6): stay in, stay in another tier, or leave, before the due date. */
class RecommitmentCard extends Div {

    RecommitmentCard(OpenRecommitment open, RecommitmentAnswers answers, MessageSource messages) {
        setId("recommitment-card");
        addClassName("portal-card");
        var dueOn = Dates.date(open.dueOn(), getLocale());
        var text = new Paragraph(open.currentTierName() == null
                ? getTranslation("program.portal.recommitment.prompt.noTier", dueOn)
                : getTranslation("program.portal.recommitment.prompt", open.currentTierName(), dueOn));
        var confirm = new Button(getTranslation("program.portal.recommitment.confirm"), click -> answered(
                messages, () -> answers.confirmMine(SignedInUser.current()), "program.portal.recommitment.confirmed"));
        confirm.setId("recommitment-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var decline = new Button(getTranslation("program.portal.recommitment.decline"), click -> answered(
                messages, () -> answers.declineMine(SignedInUser.current()), "program.portal.recommitment.declined"));
        decline.setId("recommitment-decline");
        add(new H3(getTranslation("program.portal.recommitment.title")), text, new HorizontalLayout(confirm, decline));
        if (!open.tierChoices().isEmpty()) {
            var tier = new Select<OpenRecommitment.TierChoice>();
            tier.setId("recommitment-tier");
            tier.setLabel(getTranslation("program.portal.recommitment.otherTier"));
            tier.setItems(open.tierChoices());
            tier.setItemLabelGenerator(choice -> getTranslation("program.portal.recommitment.tierChoice", choice.name(),
                    choice.expectedActivitiesPerYear()));
            var change = new Button(getTranslation("program.portal.recommitment.changeTier"), click -> {
                if (tier.getValue() != null) {
                    answered(messages, () -> answers.changeTierMine(SignedInUser.current(), tier.getValue().tierId()),
                            "program.portal.recommitment.confirmed");
                }
            });
            change.setId("recommitment-change-tier");
            var row = new HorizontalLayout(tier, change);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(row);
        }
    }

    private void answered(MessageSource messages, Runnable answer, String thanksKey) {
        if (Feedback.attempt(this, messages, Map.of(), answer)) {
            setVisible(false);
            Feedback.saved(this, thanksKey);
        }
    }
}
