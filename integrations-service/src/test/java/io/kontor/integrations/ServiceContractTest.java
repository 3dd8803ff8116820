package io.kontor.integrations;

import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.contracts.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every /api/v1 operation of this service refuses a missing or bad token; readiness covers PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class ServiceContractTest extends ServiceContract {
}
