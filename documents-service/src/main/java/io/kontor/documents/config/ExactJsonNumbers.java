package io.kontor.documents.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads JSON numbers with a fraction as {@link java.math.BigDecimal} wherever the target is untyped (a
 * {@code JsonNode} such as a metadata merge patch). Jackson's default reads them as doubles, which silently rounds
 * an amount like {@code 123456789012345.6789} to {@code 123456789012345.67}; money must arrive as it was sent.
 * Typed targets (records with {@code double} or {@code BigDecimal} components) are not affected.
 */
@Singleton
public class ExactJsonNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
