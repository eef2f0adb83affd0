package org.peerproof.domain.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.peerproof.domain.shared.VersionedEntity;

/** A use case from the program's catalog (e.g. "invoice automation"); matching compares ids, not free text. */
@Entity
@Table(name = "use_case")
public class UseCase extends VersionedEntity {

    @NotBlank
    @Size(max = 120)
    private String name;

    protected UseCase() {
    }

    public UseCase(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
