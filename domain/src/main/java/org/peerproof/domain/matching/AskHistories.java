package org.peerproof.domain.matching;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.ask.AskStatus;
import org.springframework.stereotype.Component;

/** Reads advocates' asks as {@link BurnoutPolicy} needs them, for many advocates in one query. */
@Component
public class AskHistories {

    private final EntityManager entityManager;

    public AskHistories(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Every ask of these advocates, as rule 2 reads them: the decline streak may reach back past any window.
     * Days are the advocate's own, as for the quarterly cap.
     *
     * @return advocate id to history, for every advocate given (empty histories included)
     */
    public Map<Long, AskHistory> of(Collection<Advocate> advocates) {
        var zones = new HashMap<Long, ZoneId>();
        advocates.forEach(advocate -> zones.put(advocate.getId(), advocate.getTimeZone()));
        var byAdvocate = new HashMap<Long, List<PastAsk>>();
        zones.keySet().forEach(id -> byAdvocate.put(id, new ArrayList<>()));
        if (zones.isEmpty()) {
            return Map.of();
        }
        entityManager.createQuery("""
                        select a.advocate.id, a.askedAt, a.status from Ask a
                        where a.advocate.id in :ids order by a.askedAt, a.id""", Object[].class)
                .setParameter("ids", zones.keySet())
                .getResultList()
                .forEach(row -> {
                    var advocateId = (Long) row[0];
                    var askedOn = LocalDate.ofInstant((Instant) row[1], zones.get(advocateId));
                    byAdvocate.get(advocateId).add(new PastAsk(askedOn, (AskStatus) row[2]));
                });
        var histories = new HashMap<Long, AskHistory>();
        byAdvocate.forEach((id, pastAsks) -> histories.put(id, new AskHistory(pastAsks)));
        return histories;
    }
}
