package org.peerproof.domain.ask;

import java.util.List;
import org.peerproof.domain.notification.ActionLinkClaims;
import org.peerproof.domain.notification.ActionLinkHandler;
import org.peerproof.domain.notification.ActionPurpose;
import org.peerproof.domain.notification.InvalidActionLinkException;
import org.peerproof.domain.shared.DomainConflictException;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accept and decline buttons of the new-ask mail: {@link AskResponses} for the advocate the link names. */
@Configuration(proxyBeanMethods = false)
class AskLinkHandlers {

    @Bean
    ActionLinkHandler askAcceptLink(AskResponses responses) {
        return new AnswerLink(ActionPurpose.ASK_ACCEPT, responses) {
            @Override
            void answer(ActionLinkClaims link) {
                responses.acceptByLink(link.advocateId(), link.targetId());
            }
        };
    }

    @Bean
    ActionLinkHandler askDeclineLink(AskResponses responses) {
        return new AnswerLink(ActionPurpose.ASK_DECLINE, responses) {
            @Override
            void answer(ActionLinkClaims link) {
                responses.declineByLink(link.advocateId(), link.targetId());
            }
        };
    }

    private abstract static class AnswerLink implements ActionLinkHandler {

        private final ActionPurpose purpose;
        private final AskResponses responses;

        AnswerLink(ActionPurpose purpose, AskResponses responses) {
            this.purpose = purpose;
            this.responses = responses;
        }

        abstract void answer(ActionLinkClaims link);

        @Override
        public ActionPurpose purpose() {
            return purpose;
        }

        @Override
        public List<String> describe(ActionLinkClaims link) {
            var ask = open(link);
            return List.of(ask.getRequest().getProspectCompany());
        }

        @Override
        public String perform(ActionLinkClaims link) {
            var email = open(link).getAdvocate().getEmail();
            try {
                answer(link);
            } catch (RecordNotFoundException gone) {
                throw new InvalidActionLinkException(InvalidActionLinkException.Reason.NO_LONGER_POSSIBLE);
            }
            return email;
        }

        private Ask open(ActionLinkClaims link) {
            try {
                return responses.openAskOf(link.advocateId(), link.targetId());
            } catch (RecordNotFoundException | DomainConflictException closed) {
                throw new InvalidActionLinkException(InvalidActionLinkException.Reason.NO_LONGER_POSSIBLE);
            }
        }
    }
}
