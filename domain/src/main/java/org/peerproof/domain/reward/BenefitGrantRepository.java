package org.peerproof.domain.reward;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BenefitGrantRepository extends JpaRepository<BenefitGrant, Long> {

    List<BenefitGrant> findByAdvocateIdOrderByOfferedAtDesc(Long advocateId);
}
