package org.peerproof.domain.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerproof.domain.testsupport.DomainFixtures.account;
import static org.peerproof.domain.testsupport.DomainFixtures.activeAdvocate;
import static org.peerproof.domain.testsupport.DomainFixtures.request;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AskTest {

    private static final Instant ASKED_AT = Instant.parse("2026-05-04T08:00:00Z");

    @Test
    void everyStatusButWithdrawnCountsTowardTheCap() {
        assertThat(AskStatus.countingTowardCap()).containsExactlyInAnyOrder(AskStatus.PENDING, AskStatus.ACCEPTED,
                AskStatus.DECLINED, AskStatus.EXPIRED, AskStatus.COMPLETED);
    }

    @Test
    void recordsTheAnswerOfAPendingAsk() {
        var ask = newAsk();

        ask.decline("On parental leave", ASKED_AT.plusSeconds(60));

        assertThat(ask.getStatus()).isEqualTo(AskStatus.DECLINED);
        assertThat(ask.getRespondedAt()).isEqualTo(ASKED_AT.plusSeconds(60));
        assertThat(ask.getDeclineReason()).isEqualTo("On parental leave");
    }

    @Test
    void refusesToAnswerAnAskTwiceOrToCompleteAnUnacceptedOne() {
        var ask = newAsk();
        ask.expire();

        assertThatThrownBy(() -> ask.accept(ASKED_AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(ask::complete).isInstanceOf(IllegalStateException.class);
        assertThat(ask.getStatus()).isEqualTo(AskStatus.EXPIRED);
    }

    private static Ask newAsk() {
        var account = account("Adventure Works");
        return new Ask(request("OPP-1"), activeAdvocate(account, "ana@adventure.example"), ASKED_AT,
                ASKED_AT.plusSeconds(3 * 86_400));
    }
}
