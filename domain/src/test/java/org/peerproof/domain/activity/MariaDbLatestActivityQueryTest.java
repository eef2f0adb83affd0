package org.peerproof.domain.activity;

import org.peerproof.domain.testsupport.MariaDbJpaTest;

@MariaDbJpaTest
class MariaDbLatestActivityQueryTest extends LatestActivityQueryTest {
}
