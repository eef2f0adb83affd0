package org.peerproof.domain.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByOccurredAtDesc(String entityType, String entityId);

    List<AuditEvent> findByEntityTypeAndEntityIdInOrderByOccurredAtDesc(String entityType,
                                                                        Collection<String> entityIds);
}
