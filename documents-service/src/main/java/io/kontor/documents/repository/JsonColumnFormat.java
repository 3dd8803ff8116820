package io.kontor.documents.repository;

import io.kontor.events.EventJson;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How JSON columns (the metadata of each document revision) are written: like the event contract (ISO dates,
 * absent instead of null, unknown members ignored on read), independent of how the REST layer is configured, so
 * that a change to the API's JSON can never change what is stored.
 */
@JsonFormat
@PersistenceUnitExtension
@ApplicationScoped
public class JsonColumnFormat implements FormatMapper {

    private final FormatMapper jackson = new JacksonJsonFormatMapper(EventJson.mapper());

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return jackson.fromString(json, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return jackson.toString(value, type, options);
    }
}
