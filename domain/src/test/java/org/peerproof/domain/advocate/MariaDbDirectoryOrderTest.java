package org.peerproof.domain.advocate;

import org.peerproof.domain.testsupport.MariaDbJpaTest;

@MariaDbJpaTest
class MariaDbDirectoryOrderTest extends AbstractDirectoryOrderTest {
}
