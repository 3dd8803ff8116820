package io.kontor.sync;

import io.kontor.testing.contracts.LayeredArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersStayApartAsStyleMdDescribes() {
        LayeredArchitecture.check("io.kontor.sync");
    }
}
