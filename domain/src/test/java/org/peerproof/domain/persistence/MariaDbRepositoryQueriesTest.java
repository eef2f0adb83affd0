package org.peerproof.domain.persistence;

import org.peerproof.domain.testsupport.MariaDbJpaTest;

@MariaDbJpaTest
class MariaDbRepositoryQueriesTest extends AbstractRepositoryQueriesTest {
}
