package org.peerproof.domain.activity;

import org.peerproof.domain.testsupport.H2JpaTest;

@H2JpaTest
class H2LatestActivityQueryTest extends LatestActivityQueryTest {
}
