package org.peerproof.domain.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.peerproof.domain.shared.VersionedEntity;

/** A product from the vendor's catalog; accounts, advocates, requests and targets refer to it by id. */
@Entity
@Table(name = "product")
public class Product extends VersionedEntity {

    @NotBlank
    @Size(max = 120)
    private String name;

    protected Product() {
    }

    public Product(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
