package io.kontor.sync.config;

import io.kontor.sync.connector.net.Cidr;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads an address block from configuration. Explicit rather than SmallRye's implicit {@code of(String)} lookup,
 * which reports a bad value without saying what is wrong with it.
 */
public class CidrConverter implements Converter<Cidr> {

    @Override
    public Cidr convert(String value) {
        return Cidr.of(value);
    }
}
