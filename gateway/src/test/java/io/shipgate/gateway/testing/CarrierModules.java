package io.shipgate.gateway.testing;

import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CarrierRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The carriers the gateway is built with (the adapters {@link CarrierRegistry} finds, less the
 * gateway's own test doubles such as {@code RatesOnlyCarrier}) and their modules' test resources:
 * gateway tests read a carrier's fixtures where its adapter module keeps them
 * ({@code ../carrier-adapters/<module>/src/test/resources/<code>/...}, the tests' working directory
 * being {@code gateway/}), never from copies.
 */
public final class CarrierModules {

    /** The carrier whose API the gateway itself simulates (never mocked by {@link CarrierMocks}). */
    public static final String SANDBOX = "sandbox";

    private static final Path ADAPTERS = Path.of("../carrier-adapters");

    private CarrierModules() {
    }

    /** Every carrier adapter on the gateway's class path, by code, without the gateway's test doubles. */
    public static List<CarrierAdapter> registered() {
        return CarrierRegistry.load(CarrierModules.class.getClassLoader()).all().stream()
                .filter(adapter -> !adapter.getClass().getPackageName().startsWith("io.shipgate.gateway"))
                .toList();
    }

    /** The codes of {@link #registered()}. */
    public static List<String> codes() {
        return registered().stream().map(CarrierAdapter::code).toList();
    }

    /**
     * The test resources root of the adapter module that holds the carrier's fixtures: the one
     * {@code src/test/resources} under {@code carrier-adapters/} with a {@code <code>/} folder.
     */
    public static Path testResources(String code) {
        List<Path> roots;
        try (Stream<Path> modules = Files.list(ADAPTERS)) {
            roots = modules.map(module -> module.resolve("src/test/resources"))
                    .filter(root -> Files.isDirectory(root.resolve(code)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (roots.size() != 1) {
            throw new AssertionError("carrier " + code + ": expected one adapter module with src/test/resources/" + code
                    + "/ under " + ADAPTERS.toAbsolutePath().normalize() + ", found " + roots);
        }
        return roots.getFirst();
    }

    /** A fixture of the carrier's module, {@code path} relative to its test resources (e.g. {@code ups/rate/response.json}). */
    public static Path fixture(String code, String path) {
        Path file = testResources(code).resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("carrier " + code + ": no fixture " + file.toAbsolutePath().normalize());
        }
        return file;
    }

    public static byte[] bytes(String code, String path) {
        try {
            return Files.readAllBytes(fixture(code, path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text fixture, {@code {{base_url}}} (links the carrier's answers carry) replaced by the mock's URL. */
    public static String text(String code, String path) {
        return new String(bytes(code, path), StandardCharsets.UTF_8).replace("{{base_url}}", CarrierMocks.baseUrl());
    }
}
