package io.shipgate.gateway;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's modules (one package per feature, Spring Modulith's application modules): no cycles,
 * each depends only on the modules its package-info allows and only on their API (public types of
 * their base package; {@code platform} is open), and the module canvas in docs/modules is written
 * from the code.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ShipgateApplication.class);
    static final Path DOCS = Path.of("../docs/modules");

    @Test
    void modulesDependOnlyOnTheModulesTheyAllowWithoutCycles() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("address", "backtest", "batch", "carrier", "demo", "edd", "label", "lanes", "platform", "ratecard", "rating",
                        "recommendation", "returns", "serviceability", "shipment", "shopify", "tenant", "tracking", "webhook", "ndr", "warehouse",
                        "pickup", "manifest", "console", "branding", "pages", "notify");
        MODULES.verify();
    }

    /** The tables each module owns: only its own package's SQL reads or writes them; others call its API or hear its events. */
    static final Map<String, List<String>> TABLES = Map.ofEntries(
            Map.entry("tenant", List.of("tenants", "api_keys")),
            Map.entry("carrier", List.of("carrier_accounts")),
            Map.entry("shipment", List.of("shipments", "parcels", "labels", "shipment_documents", "idempotency_keys", "purchase_intents")),
            Map.entry("tracking", List.of("tracking_events")),
            Map.entry("webhook", List.of("outbox")),
            Map.entry("serviceability", List.of("serviceability_tables", "serviceability_rows", "serviceability_generation")),
            Map.entry("ratecard", List.of("rate_cards", "rate_card_generation")),
            Map.entry("shopify", List.of("shopify_integrations")),
            Map.entry("recommendation", List.of("recommendation_rules", "recommendation_rule_generation", "carrier_daily_shipments")),
            Map.entry("lanes", List.of("lane_stats", "lane_stats_shipments")),
            Map.entry("ndr", List.of("ndr_cases", "ndr_attempts", "ndr_actions", "ndr_policies")),
            Map.entry("returns", List.of("returns", "return_labels", "return_rules")),
            Map.entry("warehouse", List.of("warehouses")),
            Map.entry("pickup", List.of("pickups", "pickup_shipments")),
            Map.entry("manifest", List.of("manifests", "manifest_shipments")),
            Map.entry("batch", List.of("batches", "batch_rows")),
            Map.entry("label", List.of("label_profiles")),
            Map.entry("console", List.of("console_users", "label_prints")),
            Map.entry("branding", List.of("tenant_branding")),
            Map.entry("pages", List.of("page_link_uses")),
            Map.entry("notify", List.of("notification_settings", "customer_notifications")));

    @Test
    void eachTableIsReadAndWrittenOnlyByTheModuleThatOwnsIt() throws IOException {
        Path sources = Path.of("src/main/java/io/shipgate/gateway");
        List<String> foreign = new ArrayList<>();
        Map<String, List<String>> owners = new java.util.HashMap<>(TABLES);
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = sources.relativize(file).getName(0).toString();
                String code = Files.readString(file);
                owners.forEach((owner, tables) -> tables.stream()
                        .filter(table -> !owner.equals(module))
                        .filter(table -> Pattern.compile("(?i)\\b(FROM|INTO|UPDATE|JOIN|TABLE)\\s+" + table + "\\b").matcher(code).find())
                        .forEach(table -> foreign.add(sources.relativize(file) + " uses " + owner + "'s table " + table)));
            }
        }
        assertThat(foreign).isEmpty();
    }

    @Test
    void writesTheModuleCanvasToDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases(Documenter.CanvasOptions.defaults().revealInternals())
                .writeAggregatingDocument();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }
        Files.writeString(DOCS.resolve("README.md"), table());
    }

    /** The Documenter lists components and relations in no fixed order: sorted, the committed files change only with the code. */
    private static List<String> inStableOrder(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.strip().startsWith("Rel(") ? "Rel" : line.strip().startsWith("Component(") ? "Component" : null;
            if (!Objects.equals(kind, runKind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
                runKind = kind;
            }
            (kind == null ? out : run).add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }

    /** The module map as a Markdown table, for readers without a PlantUML or AsciiDoc viewer. */
    private static String table() {
        StringBuilder out = new StringBuilder("""
                # The gateway's modules

                Written by `ModularityTests` from the code (Spring Modulith): do not edit. The diagrams are
                [components.puml](components.puml) (all modules) and `module-<name>.puml`; each module's canvas
                (its components, events, properties) is `module-<name>.adoc`, all of them in [all-docs.adoc](all-docs.adoc).

                | module | package | depends on | listens to |
                | --- | --- | --- | --- |
                """);
        MODULES.stream().sorted(Comparator.comparing(m -> m.getIdentifier().toString())).forEach(m -> out.append("| ")
                .append(m.getDisplayName()).append(" | `").append(m.getBasePackage().getName()).append("` | ")
                .append(m.getDependencies(MODULES).uniqueModules().map(ApplicationModule::getDisplayName).sorted()
                        .collect(Collectors.joining(", ")))
                .append(" | ")
                .append(m.getEventsListenedTo(MODULES).stream().map(JavaClass::getName)
                        .map(n -> "`" + n.substring(n.lastIndexOf('.') + 1).replace('$', '.') + "`")
                        .sorted().distinct().collect(Collectors.joining(", ")))
                .append(" |\n"));
        return out.toString();
    }
}
