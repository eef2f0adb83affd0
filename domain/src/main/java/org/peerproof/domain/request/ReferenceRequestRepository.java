package org.peerproof.domain.request;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReferenceRequestRepository extends JpaRepository<ReferenceRequest, Long> {

    /** A sales rep's own requests, soonest needed first. */
    List<ReferenceRequest> findByRequestedByIgnoreCaseOrderByNeededByAsc(String requestedBy);

    /** The program manager's queue: every request, soonest needed first. */
    List<ReferenceRequest> findAllByOrderByNeededByAsc();

    Optional<ReferenceRequest> findByIdAndRequestedByIgnoreCase(Long id, String requestedBy);

    /** One request with the products and use case that matching compares. */
    @Query("select r from ReferenceRequest r left join fetch r.products left join fetch r.useCase where r.id = :id")
    Optional<ReferenceRequest> findForMatching(Long id);
}
