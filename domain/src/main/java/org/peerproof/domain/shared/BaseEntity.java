package org.peerproof.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.Hibernate;

/**
 * An entity with a database-generated id. Equality is by id, so an entity is equal to itself before it is
 * saved and to every loaded copy (or proxy) of the same row afterwards; the hash code is constant per class
 * so it does not change when the id is assigned.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    public Long getId() {
        return id;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BaseEntity that) || Hibernate.getClassLazy(this) != Hibernate.getClassLazy(that)) {
            return false;
        }
        // getId() rather than the field: on a Hibernate proxy the field is not populated.
        return getId() != null && getId().equals(that.getId());
    }

    @Override
    public final int hashCode() {
        return Hibernate.getClassLazy(this).hashCode();
    }

    @Override
    public String toString() {
        return Hibernate.getClassLazy(this).getSimpleName() + "#" + getId();
    }
}
