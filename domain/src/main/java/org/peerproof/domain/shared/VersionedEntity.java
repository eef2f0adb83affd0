package org.peerproof.domain.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An aggregate root that staff and jobs may edit concurrently: stale writes fail instead of overwriting. */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

    // A wrapper type so Spring Data treats a null version as "new" (persist rather than merge).
    @Version
    private Long version;

    public Long getVersion() {
        return version;
    }
}
