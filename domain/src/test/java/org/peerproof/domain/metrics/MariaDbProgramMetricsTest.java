package org.peerproof.domain.metrics;

import org.peerproof.domain.testsupport.MariaDbJpaTest;

@MariaDbJpaTest
class MariaDbProgramMetricsTest extends AbstractProgramMetricsTest {
}
