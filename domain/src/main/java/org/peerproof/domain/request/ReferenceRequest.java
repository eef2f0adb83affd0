package org.peerproof.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Product;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.account.UseCase;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.shared.VersionedEntity;

/** A salesperson's request for a reference to support one opportunity. */
@Entity
@Table(name = "reference_request")
public class ReferenceRequest extends VersionedEntity {

    @NotBlank
    @Size(max = 64)
    private String opportunityId;

    @NotBlank
    @Size(max = 200)
    private String prospectCompany;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Industry prospectIndustry;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SizeBand sizeBand;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Region region;

    @ManyToMany
    @JoinTable(name = "reference_request_product",
            joinColumns = @JoinColumn(name = "reference_request_id"),
            inverseJoinColumns = @JoinColumn(name = "product_id"))
    private Set<Product> products = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "use_case_id")
    private UseCase useCase;

    /** Who the prospect would like to hear from; ranking scores advocates of this persona higher. */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Persona preferredPersona;

    /** ISO 639 code of the language the conversation should be in; ranking scores speakers of it higher. */
    @Pattern(regexp = "[a-z]{2,3}")
    @Column(length = 8)
    private String languageCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private DealStage dealStage;

    @PositiveOrZero
    @Column(precision = 15, scale = 2)
    private BigDecimal dealAmount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type_code", length = 30)
    private ActivityTypeCode activityType;

    @NotNull
    private LocalDate neededBy;

    @Size(max = 2000)
    private String notes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private RequestStatus status;

    /** Keycloak username of the salesperson who filed the request. */
    @NotBlank
    @Size(max = 100)
    private String requestedBy;

    @NotNull
    private Instant createdAt;

    /** When an advocate first accepted an ask for this request (the availability metric measures to here). */
    private Instant firstMatchedAt;

    private Instant fulfilledAt;

    /** When staff were told the request was still unmatched, so they are told once. */
    private Instant unfulfilledNoticeSentAt;

    protected ReferenceRequest() {
    }

    public ReferenceRequest(String opportunityId, String prospectCompany, Industry prospectIndustry,
                            SizeBand sizeBand, Region region, DealStage dealStage, ActivityTypeCode activityType,
                            LocalDate neededBy, String requestedBy, Instant createdAt) {
        this.opportunityId = opportunityId;
        this.prospectCompany = prospectCompany;
        this.prospectIndustry = prospectIndustry;
        this.sizeBand = sizeBand;
        this.region = region;
        this.dealStage = dealStage;
        this.activityType = activityType;
        this.neededBy = neededBy;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
        this.status = RequestStatus.NEW;
    }

    public void changeStatus(RequestStatus status) {
        this.status = status;
    }

    /** Records the first accepted match only; later matches keep the original time. */
    public void matched(Instant at) {
        if (firstMatchedAt == null) {
            firstMatchedAt = at;
        }
    }

    public void fulfil(Instant at) {
        this.status = RequestStatus.FULFILLED;
        this.fulfilledAt = at;
    }

    public String getOpportunityId() {
        return opportunityId;
    }

    public String getProspectCompany() {
        return prospectCompany;
    }

    public Industry getProspectIndustry() {
        return prospectIndustry;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public Region getRegion() {
        return region;
    }

    public Set<Product> getProducts() {
        return products;
    }

    public UseCase getUseCase() {
        return useCase;
    }

    public void setUseCase(UseCase useCase) {
        this.useCase = useCase;
    }

    public Persona getPreferredPersona() {
        return preferredPersona;
    }

    public void setPreferredPersona(Persona preferredPersona) {
        this.preferredPersona = preferredPersona;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public void setLanguageCode(String languageCode) {
        this.languageCode = languageCode;
    }

    public DealStage getDealStage() {
        return dealStage;
    }

    public void setDealStage(DealStage dealStage) {
        this.dealStage = dealStage;
    }

    public BigDecimal getDealAmount() {
        return dealAmount;
    }

    public void setDealAmount(BigDecimal dealAmount) {
        this.dealAmount = dealAmount;
    }

    public ActivityTypeCode getActivityType() {
        return activityType;
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFirstMatchedAt() {
        return firstMatchedAt;
    }

    public Instant getFulfilledAt() {
        return fulfilledAt;
    }

    public void unfulfilledNoticeSent(Instant at) {
        this.unfulfilledNoticeSentAt = at;
    }

    public Instant getUnfulfilledNoticeSentAt() {
        return unfulfilledNoticeSentAt;
    }
}
