package org.peerproof.domain.schema;

import org.peerproof.domain.testsupport.H2JpaTest;

@H2JpaTest
class H2SchemaTest extends AbstractSchemaTest {
}
