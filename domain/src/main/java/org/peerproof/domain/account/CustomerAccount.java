package org.peerproof.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.peerproof.domain.matching.MatchIndexListener;
import org.peerproof.domain.shared.ChangeStamped;
import org.peerproof.domain.shared.VersionedEntity;

/** A customer company whose people can act as advocates. */
@Entity
@Table(name = "customer_account")
@EntityListeners(MatchIndexListener.class)
public class CustomerAccount extends VersionedEntity implements ChangeStamped {

    @NotBlank
    @Size(max = 200)
    private String companyName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Industry industry;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SizeBand sizeBand;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Region region;

    /** ISO 3166-1 alpha-2. */
    @Pattern(regexp = "[A-Z]{2}")
    @Column(length = 2)
    private String countryCode;

    @ManyToMany
    @JoinTable(name = "customer_account_product",
            joinColumns = @JoinColumn(name = "customer_account_id"),
            inverseJoinColumns = @JoinColumn(name = "product_id"))
    private Set<Product> productsOwned = new HashSet<>();

    @Size(max = 64)
    private String crmAccountId;

    /** Keycloak username of the customer success manager who owns the relationship. */
    @Size(max = 100)
    private String relationshipOwner;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private RelationshipHealth health;

    /** The account's Net Promoter Score, -100..100. */
    @Min(-100)
    @Max(100)
    private Integer npsScore;

    /** Named by an advocate during onboarding; staff check it before it shows up in pickers and matching. */
    private boolean pendingReview;

    /** Last write: its advocates' industry, size, region and reviewed state come from here (ADR 0004). */
    private Instant changedAt;

    protected CustomerAccount() {
    }

    /** A company an advocate named themselves: kept out of the account list until staff have reviewed it. */
    public static CustomerAccount namedByAdvocate(String companyName, Industry industry, SizeBand sizeBand,
                                                  Region region, String countryCode) {
        var account = new CustomerAccount(companyName, industry, sizeBand, region);
        account.countryCode = countryCode;
        account.pendingReview = true;
        return account;
    }

    public CustomerAccount(String companyName, Industry industry, SizeBand sizeBand, Region region) {
        this.companyName = companyName;
        this.industry = industry;
        this.sizeBand = sizeBand;
        this.region = region;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public void setSizeBand(SizeBand sizeBand) {
        this.sizeBand = sizeBand;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public Set<Product> getProductsOwned() {
        return productsOwned;
    }

    public String getCrmAccountId() {
        return crmAccountId;
    }

    public void setCrmAccountId(String crmAccountId) {
        this.crmAccountId = crmAccountId;
    }

    public String getRelationshipOwner() {
        return relationshipOwner;
    }

    public void setRelationshipOwner(String relationshipOwner) {
        this.relationshipOwner = relationshipOwner;
    }

    public RelationshipHealth getHealth() {
        return health;
    }

    public Integer getNpsScore() {
        return npsScore;
    }

    public boolean isPendingReview() {
        return pendingReview;
    }

    public void reviewed() {
        this.pendingReview = false;
    }

    public void recordHealth(RelationshipHealth health, Integer npsScore) {
        this.health = health;
        this.npsScore = npsScore;
    }

    @Override
    public void stampChange(Instant at) {
        this.changedAt = at;
    }
}
