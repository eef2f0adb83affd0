package org.peerproof.domain.metrics;

import org.peerproof.domain.testsupport.H2JpaTest;

@H2JpaTest
class H2ProgramMetricsTest extends AbstractProgramMetricsTest {
}
