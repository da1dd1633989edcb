package io.shipgate.gateway.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.examples.Example;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The examples of the OpenAPI document: the JSON files of {@code docs/examples}, which the build
 * copies into the jar under {@value #LOCATION}. A file is an example named after it
 * ({@code shipment-request}); the files of {@code problems/} are named {@code problem-<type>}.
 */
final class ExampleFiles {

    static final String LOCATION = "openapi/examples";

    private ExampleFiles() {
    }

    static Map<String, Example> load() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Example> examples = new TreeMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "/**/*.json")) {
                String path = file.getURL().getPath();
                String name = file.getFilename().replaceFirst("\\.json$", "");
                if (path.contains("/" + LOCATION + "/problems/")) {
                    name = "problem-" + name;
                }
                try (InputStream in = file.getInputStream()) {
                    examples.put(name, new Example().value(json.readTree(in)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI examples under " + LOCATION, e);
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException("no OpenAPI examples under classpath:" + LOCATION + " (the build copies docs/examples there)");
        }
        return examples;
    }
}
