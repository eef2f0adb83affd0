package org.peerproof.domain.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.peerproof.domain.ask.AskStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReferenceRequestRepository extends JpaRepository<ReferenceRequest, Long> {

    /** A sales rep's own requests, soonest needed first. */
    List<ReferenceRequest> findByRequestedByIgnoreCaseOrderByNeededByAsc(String requestedBy);

    /** Everyone who filed a request, alphabetically. */
    @Query("select distinct r.requestedBy from ReferenceRequest r order by r.requestedBy")
    List<String> findDistinctRequesters();

    Optional<ReferenceRequest> findByIdAndRequestedByIgnoreCase(Long id, String requestedBy);

    /** Someone's latest request for an opportunity, whose prospect data a new request for it starts from. */
    Optional<ReferenceRequest> findFirstByOpportunityIdAndRequestedByIgnoreCaseOrderByCreatedAtDescIdDesc(
            String opportunityId, String requestedBy);

    /** The opportunity's first request: a deal's cycle is counted from it. */
    Optional<ReferenceRequest> findFirstByOpportunityIdOrderByCreatedAtAscIdAsc(String opportunityId);

    /** Requests in a status with no ask in any of the given statuses, soonest needed first. */
    @Query("""
            select r.id from ReferenceRequest r where r.status = :status
              and not exists (select 1 from Ask a where a.request = r and a.status in :askStatuses)
            order by r.neededBy, r.id""")
    List<Long> findIdsWithoutAsksIn(RequestStatus status, Collection<AskStatus> askStatuses);

    /** One request with the products and use case that matching compares. */
    @Query("select r from ReferenceRequest r left join fetch r.products left join fetch r.useCase where r.id = :id")
    Optional<ReferenceRequest> findForMatching(Long id);

    long countByStatus(RequestStatus status);
}
