package org.peerproof.domain.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.peerproof.domain.shared.VersionedEntity;

/** One advocate's choice of non-essential emails. Without a row, everything comes immediately. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings extends VersionedEntity {

    @NotNull
    private Long advocateId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private MailDelivery delivery = MailDelivery.IMMEDIATE;

    @ElementCollection
    @CollectionTable(name = "notification_muted_category", joinColumns = @JoinColumn(name = "notification_settings_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30)
    private Set<MailCategory> mutedCategories = new HashSet<>();

    protected NotificationSettings() {
    }

    public NotificationSettings(Long advocateId) {
        this.advocateId = advocateId;
    }

    /** Essential categories cannot be muted: an advocate always hears about their asks and recommitment. */
    public void change(MailDelivery delivery, Set<MailCategory> muted) {
        if (muted.stream().anyMatch(MailCategory::essential)) {
            throw new IllegalArgumentException("Essential mail cannot be switched off: " + muted);
        }
        this.delivery = delivery;
        this.mutedCategories.clear();
        this.mutedCategories.addAll(muted);
    }

    public void unsubscribeFromAllOptional() {
        mutedCategories.addAll(MailCategory.optional());
    }

    public boolean wants(MailCategory category) {
        return category.essential() || !mutedCategories.contains(category);
    }

    public boolean digests(MailCategory category) {
        return !category.essential() && category != MailCategory.DIGEST && delivery == MailDelivery.WEEKLY_DIGEST;
    }

    public Long getAdvocateId() {
        return advocateId;
    }

    public MailDelivery getDelivery() {
        return delivery;
    }

    public Set<MailCategory> getMutedCategories() {
        return mutedCategories.isEmpty() ? EnumSet.noneOf(MailCategory.class) : EnumSet.copyOf(mutedCategories);
    }
}
