package org.peerproof.domain.persistence;

import org.peerproof.domain.testsupport.H2JpaTest;

@H2JpaTest
class H2RepositoryQueriesTest extends AbstractRepositoryQueriesTest {
}
