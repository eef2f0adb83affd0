package org.peerproof.domain.schema;

import org.peerproof.domain.testsupport.MariaDbJpaTest;

@MariaDbJpaTest
class MariaDbSchemaTest extends AbstractSchemaTest {
}
