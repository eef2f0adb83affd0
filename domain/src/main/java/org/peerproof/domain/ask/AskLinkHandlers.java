package org.peerproof.domain.ask;

import java.util.ArrayList;
import java.util.List;
import org.peerproof.domain.notification.ActionLinkClaims;
import org.peerproof.domain.notification.ActionLinkHandler;
import org.peerproof.domain.notification.ActionPurpose;
import org.peerproof.domain.notification.InvalidActionLinkException;
import org.peerproof.domain.notification.MailModel;
import org.peerproof.domain.notification.MailNotifications;
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
            void answer(ActionLinkClaims link, String reason) {
                responses.acceptByLink(link.advocateId(), link.targetId());
            }
        };
    }

    @Bean
    ActionLinkHandler askDeclineLink(AskResponses responses) {
        return new AnswerLink(ActionPurpose.ASK_DECLINE, responses) {
            @Override
            void answer(ActionLinkClaims link, String reason) {
                responses.declineByLink(link.advocateId(), link.targetId(), reason);
            }

            @Override
            public boolean takesReason() {
                return true;
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

        abstract void answer(ActionLinkClaims link, String reason);

        @Override
        public ActionPurpose purpose() {
            return purpose;
        }

        /** The ask is still open, so the prospect is not named: the explanation takes no arguments. */
        @Override
        public List<String> describe(ActionLinkClaims link) {
            open(link);
            return List.of();
        }

        /** The same brief as the mail the link came in, by the same rule (see {@link AdvocateProspect}). */
        @Override
        public List<MailModel.Fact> facts(ActionLinkClaims link) {
            var ask = open(link);
            var facts = new ArrayList<MailModel.Fact>();
            facts.add(MailModel.Fact.label("email.fact.activity", ask.getRequest().getActivityType()));
            facts.addAll(MailNotifications.prospectFacts(ask));
            return facts;
        }

        @Override
        public String perform(ActionLinkClaims link) {
            return perform(link, null);
        }

        @Override
        public String perform(ActionLinkClaims link, String reason) {
            var email = open(link).getAdvocate().getEmail();
            try {
                answer(link, reason);
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
