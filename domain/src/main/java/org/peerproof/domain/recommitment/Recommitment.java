package org.peerproof.domain.recommitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.shared.VersionedEntity;

/** One advocate's yearly "are you still in?" campaign, with its reminders and answer. */
@Entity
@Table(name = "recommitment")
public class Recommitment extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "advocate_id")
    private Advocate advocate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private RecommitmentStatus status;

    @NotNull
    private Instant sentAt;

    /** Still unanswered when this day comes and the advocate lapses (rule 6, see {@link RecommitmentDeadlines}). */
    @NotNull
    private LocalDate dueOn;

    /** The reminder 30 days before the due date. */
    private Instant firstReminderSentAt;

    /** The reminder 7 days before the due date. */
    private Instant finalReminderSentAt;

    private Instant respondedAt;

    protected Recommitment() {
    }

    public Recommitment(Advocate advocate, Instant sentAt, LocalDate dueOn) {
        this.advocate = advocate;
        this.sentAt = sentAt;
        this.dueOn = dueOn;
        this.status = RecommitmentStatus.SENT;
    }

    public void confirm(Instant at) {
        answer(RecommitmentStatus.CONFIRMED, at);
    }

    public void decline(Instant at) {
        answer(RecommitmentStatus.DECLINED, at);
    }

    public void lapse() {
        requireOpen();
        this.status = RecommitmentStatus.LAPSED;
    }

    private void answer(RecommitmentStatus answer, Instant at) {
        requireOpen();
        this.status = answer;
        this.respondedAt = at;
    }

    private void requireOpen() {
        if (status != RecommitmentStatus.SENT) {
            throw new IllegalStateException("Recommitment " + getId() + " is already " + status);
        }
    }

    public void firstReminderSent(Instant at) {
        this.firstReminderSentAt = at;
    }

    public void finalReminderSent(Instant at) {
        this.finalReminderSentAt = at;
    }

    public Advocate getAdvocate() {
        return advocate;
    }

    public RecommitmentStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getFirstReminderSentAt() {
        return firstReminderSentAt;
    }

    public Instant getFinalReminderSentAt() {
        return finalReminderSentAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }
}
