package io.kontor.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Refuses a JSON string holding a NUL character (U+0000) while the body is read, in every service: PostgreSQL
 * text cannot store it, and the insert would otherwise fail late with a 500. The refusal is an unreadable value at
 * its JSON path, which {@link ProblemMappers} answers with 400.
 */
@Singleton
public class NulFreeJsonText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("kontor-nul-free-text")
                .addDeserializer(String.class, new NulFreeStringDeserializer()));
    }

    private static final class NulFreeStringDeserializer extends StdScalarDeserializer<String> {

        private NulFreeStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                // A mismatch, not an invalid format: the problem must not echo the value (it may be a secret).
                return context.reportInputMismatch(String.class, "a NUL character cannot be stored");
            }
            return text;
        }
    }
}
