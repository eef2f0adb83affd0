package org.peerproof.domain.activity;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityTypeRepository extends JpaRepository<ActivityType, ActivityTypeCode> {
}
