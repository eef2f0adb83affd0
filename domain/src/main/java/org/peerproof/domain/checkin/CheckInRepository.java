package org.peerproof.domain.checkin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByAdvocateIdOrderByHeldOnDesc(Long advocateId);
}
