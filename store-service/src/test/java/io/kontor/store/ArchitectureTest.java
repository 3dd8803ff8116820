package io.kontor.store;

import io.kontor.testing.contracts.LayeredArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersStayApartAsStyleMdDescribes() {
        LayeredArchitecture.check("io.kontor.store");
    }
}
