package org.peerproof.domain.recommitment;

import java.util.List;
import java.util.function.BiConsumer;
import org.peerproof.domain.notification.ActionLinkClaims;
import org.peerproof.domain.notification.ActionLinkHandler;
import org.peerproof.domain.notification.ActionPurpose;
import org.peerproof.domain.notification.InvalidActionLinkException;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The "stay in the program" and "leave" buttons of the recommitment mails (rule 6): {@link RecommitmentAnswers}
 * for the one recommitment and advocate the link names.
 */
@Configuration(proxyBeanMethods = false)
class RecommitmentLinkHandlers {

    @Bean
    ActionLinkHandler recommitmentConfirmLink(RecommitmentAnswers answers) {
        return new AnswerLink(ActionPurpose.RECOMMITMENT_CONFIRM, answers, answers::confirm);
    }

    @Bean
    ActionLinkHandler recommitmentDeclineLink(RecommitmentAnswers answers) {
        return new AnswerLink(ActionPurpose.RECOMMITMENT_DECLINE, answers, answers::decline);
    }

    private record AnswerLink(ActionPurpose purpose, RecommitmentAnswers answers, BiConsumer<Long, String> answer)
            implements ActionLinkHandler {

        @Override
        public List<String> describe(ActionLinkClaims link) {
            open(link);
            return List.of();
        }

        @Override
        public String perform(ActionLinkClaims link) {
            var recommitment = open(link);
            var email = recommitment.getAdvocate().getEmail();
            answer.accept(recommitment.getId(), email);
            return email;
        }

        private Recommitment open(ActionLinkClaims link) {
            try {
                return answers.openOf(link.advocateId(), link.targetId());
            } catch (RecordNotFoundException | DomainConflictException answered) {
                throw new InvalidActionLinkException(InvalidActionLinkException.Reason.NO_LONGER_POSSIBLE);
            }
        }
    }
}
