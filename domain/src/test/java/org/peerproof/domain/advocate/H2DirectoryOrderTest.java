package org.peerproof.domain.advocate;

import org.peerproof.domain.testsupport.H2JpaTest;

@H2JpaTest
class H2DirectoryOrderTest extends AbstractDirectoryOrderTest {
}
