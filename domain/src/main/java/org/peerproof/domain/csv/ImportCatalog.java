package org.peerproof.domain.csv;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database already holds that rows refer to or must not repeat, keyed by lower-case text. Plain data, so
 * the row validators run without a database in unit tests.
 *
 * @param productIds        catalog products by name
 * @param useCaseIds        catalog use cases by name
 * @param tierIds           tiers by name and by rank ("1", "2", "3")
 * @param accountIdsByCrmId accounts by CRM account id
 * @param accountIdsByName  accounts by company name; more than one id means the name is ambiguous
 * @param takenEmails       advocate emails already in use (among those in the file)
 * @param takenCrmIds       CRM account ids already in use
 */
public record ImportCatalog(Map<String, Long> productIds, Map<String, Long> useCaseIds, Map<String, Long> tierIds,
                            Map<String, Long> accountIdsByCrmId, Map<String, List<Long>> accountIdsByName,
                            Set<String> takenEmails, Set<String> takenCrmIds) {
}
