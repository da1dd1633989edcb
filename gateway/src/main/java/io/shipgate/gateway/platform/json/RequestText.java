package io.shipgate.gateway.platform.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.shipgate.carrier.model.PrintableText;

import java.io.IOException;

/**
 * Every text a client sends (each string of a request body, map keys included, and each query
 * parameter) follows {@link PrintableText}'s rule with line breaks allowed, and is at most
 * {@value #MAX_LENGTH} characters; fields may allow less. Checked as the body is read, so
 * no carrier, database or log ever sees such a text.
 */
public final class RequestText {

    /** The longest text anywhere in a request. */
    public static final int MAX_LENGTH = 4096;

    private RequestText() {
    }

    /** What is wrong with a text, completing "FIELD ..."; null when nothing is. */
    public static String problem(String text) {
        return PrintableText.problem(text, MAX_LENGTH, true);
    }

    /** The Jackson module that checks every string and map key a request body holds. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("request-text")
                .addDeserializer(String.class, new CheckedString())
                .addKeyDeserializer(String.class, new CheckedKey());
        // enum values too: Jackson trims them before matching, which would let control characters through
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                                                             JsonDeserializer<?> deserializer) {
                return new CheckedEnum(deserializer);
            }
        });
        return module;
    }

    /** A text of a request body breaks the rule; Jackson adds the path of its field. */
    public static final class Rejected extends JsonMappingException {
        private final String reason;

        Rejected(JsonParser parser, String reason) {
            super(parser, reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private static final class CheckedString extends StdScalarDeserializer<String> {
        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(StringDeserializer.instance.deserialize(parser, context), parser);
        }
    }

    /** An enum value read from a string that follows the rule, then by Jackson's own enum deserializer. */
    private static final class CheckedEnum extends JsonDeserializer<Object> implements ContextualDeserializer {
        private final JsonDeserializer<?> delegate;

        CheckedEnum(JsonDeserializer<?> delegate) {
            this.delegate = delegate;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
            return delegate instanceof ContextualDeserializer contextual
                    ? new CheckedEnum(contextual.createContextual(context, property)) : this;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                checked(parser.getText(), parser);
            }
            return delegate.deserialize(parser, context);
        }
    }

    private static final class CheckedKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(key, context.getParser());
        }
    }

    private static String checked(String text, JsonParser parser) throws Rejected {
        String problem = text == null ? null : problem(text);
        if (problem != null) {
            throw new Rejected(parser, problem);
        }
        return text;
    }
}
