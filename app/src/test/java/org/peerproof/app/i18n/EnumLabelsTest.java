package org.peerproof.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.RelationshipHealth;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.ContactChannel;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.checkin.CheckInStatus;
import org.peerproof.domain.metrics.MetricsPeriod;
import org.peerproof.domain.notification.MailCategory;
import org.peerproof.domain.notification.MailDelivery;
import org.peerproof.domain.notification.MailTemplate;
import org.peerproof.domain.notification.OutboxStatus;
import org.peerproof.domain.outcome.DealResult;
import org.peerproof.domain.recommitment.CampaignForm;
import org.peerproof.domain.recommitment.RecommitmentStatus;
import org.peerproof.domain.request.DealStage;
import org.peerproof.domain.request.RequestStatus;
import org.peerproof.domain.reward.BenefitKind;
import org.peerproof.domain.reward.GrantStatus;
import org.peerproof.i18n.Labels;
import org.peerproof.i18n.MessagesConfiguration;
import org.springframework.context.NoSuchMessageException;

/** Every domain value the portal shows has a translated name, and every activity type an effort description. */
class EnumLabelsTest {

    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(ActivityTypeCode.class, Industry.class,
            SizeBand.class, Region.class, Persona.class, ContactChannel.class, AskStatus.class, GrantStatus.class,
            BenefitKind.class, AdvocateStatus.class, RequestStatus.class, DealStage.class, DealResult.class,
            RecommitmentStatus.class, CheckInStatus.class, RelationshipHealth.class, CampaignForm.Cohort.class,
            MetricsPeriod.class, MailCategory.class, MailDelivery.class, MailTemplate.class, OutboxStatus.class);

    @Test
    void everyShownEnumConstantHasALabel() {
        var messages = MessagesConfiguration.createMessageSource();
        var missing = new TreeSet<String>();
        for (var type : SHOWN) {
            for (var constant : type.getEnumConstants()) {
                var keys = new ArrayList<>(List.of(Labels.key(constant)));
                if (constant instanceof ActivityTypeCode code) {
                    keys.add("activity.effort." + code.name());
                }
                for (var key : keys) {
                    try {
                        assertThat(messages.getMessage(key, null, Locale.ENGLISH)).isNotBlank();
                    } catch (NoSuchMessageException e) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
