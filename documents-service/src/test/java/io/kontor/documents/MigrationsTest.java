package io.kontor.documents;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.migrations.ReplicasMigratingAtOnce;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** This service's migrations, raced by replicas starting at once. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class MigrationsTest extends ReplicasMigratingAtOnce {
}
