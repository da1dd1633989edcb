package io.shipgate.carrier.testkit;

import io.shipgate.carrier.model.TrackingStatus;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierAdapter;
import io.shipgate.carrier.spi.CodeTable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adapter template's promises, checked on every {@link CarrierAdapter} on the classpath (see
 * docs/carriers.md, "The adapter template"). A carrier module runs it with a one-line test
 * ({@code class UpsTemplateTest extends CarrierTemplateContract {}}); the gateway runs it over all of them.
 * <ul>
 *   <li>the capabilities an adapter declares are exactly the SPI operations it overrides;</li>
 *   <li>its package holds one class each ending in {@code Client}, {@code Settings} (a record),
 *       {@code Errors} and {@code StatusMap};</li>
 *   <li>its subpackages are operation folders with the template's names, one for each declared capability;</li>
 *   <li>a class in an operation folder refers neither to the adapter class nor to another operation folder
 *       (shared pieces live at the top level);</li>
 *   <li>no class builds JSON as Jackson trees ({@code ObjectNode}, {@code ArrayNode}): typed wire records do;</li>
 *   <li>every static {@link CodeTable} of the status map loads (a code listed twice fails at load) and is not empty.</li>
 * </ul>
 */
public class CarrierTemplateContract {

    /** The operation folder of each capability. */
    public static final Map<Capability, String> FOLDERS = folders();
    private static final Map<Capability, String> METHODS = methods();
    private static final List<String> JSON_TREES = List.of("com/fasterxml/jackson/databind/node/ObjectNode",
            "com/fasterxml/jackson/databind/node/ArrayNode");

    /** Which adapters this run checks: all on the classpath unless a subclass says otherwise (test doubles). */
    protected boolean covers(CarrierAdapter adapter) {
        return true;
    }

    @TestFactory
    Stream<DynamicContainer> everyAdapterOnTheClasspathFollowsTheTemplate() {
        List<CarrierAdapter> adapters = ServiceLoader.load(CarrierAdapter.class).stream().map(ServiceLoader.Provider::get)
                .filter(this::covers).toList();
        assertThat(adapters).as("carrier adapters on the classpath").isNotEmpty();
        return adapters.stream().map(adapter -> DynamicContainer.dynamicContainer(adapter.code(), Stream.of(
                DynamicTest.dynamicTest("capabilities declared = operations overridden", () -> capabilitiesMatchOverrides(adapter)),
                DynamicTest.dynamicTest("one Client, Settings record, Errors and StatusMap", () -> topLevelClasses(adapter)),
                DynamicTest.dynamicTest("one folder per operation, with the template's names", () -> operationFolders(adapter)),
                DynamicTest.dynamicTest("operation folders stand alone", () -> foldersStandAlone(adapter)),
                DynamicTest.dynamicTest("typed wire records, no JSON trees", () -> noJsonTrees(adapter)),
                DynamicTest.dynamicTest("status tables load and map each code once", () -> statusTables(adapter)))));
    }

    static void capabilitiesMatchOverrides(CarrierAdapter adapter) {
        Set<Capability> declared = adapter.descriptor().capabilities().operations();
        Set<Capability> overridden = new TreeSet<>();
        for (Map.Entry<Capability, String> e : METHODS.entrySet()) {
            Method spi = Stream.of(CarrierAdapter.class.getMethods()).filter(m -> m.getName().equals(e.getValue())).findFirst().orElseThrow();
            try {
                if (adapter.getClass().getMethod(spi.getName(), spi.getParameterTypes()).getDeclaringClass() != CarrierAdapter.class) {
                    overridden.add(e.getKey());
                }
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        assertThat(new TreeSet<>(declared)).as("capabilities %s declares vs the operations it overrides", adapter.code())
                .isEqualTo(overridden);
    }

    static void topLevelClasses(CarrierAdapter adapter) {
        Set<String> top = topLevel(adapter);
        for (String suffix : List.of("Client", "Settings", "Errors", "StatusMap")) {
            assertThat(top.stream().filter(c -> c.endsWith(suffix)).toList())
                    .as("%s: classes ending in %s in %s", adapter.code(), suffix, adapter.getClass().getPackageName()).hasSize(1);
        }
        String settings = top.stream().filter(c -> c.endsWith("Settings")).findFirst().orElseThrow();
        assertThat(load(adapter, settings).isRecord()).as("%s is a record", settings).isTrue();
    }

    static void operationFolders(CarrierAdapter adapter) {
        String path = packagePath(adapter);
        Set<String> folders = ClassFiles.directSubpackages(classes(adapter), path);
        assertThat(folders).as("%s: subpackages of %s", adapter.code(), path).isSubsetOf(Set.copyOf(FOLDERS.values()));
        Set<String> needed = adapter.descriptor().capabilities().operations().stream().map(FOLDERS::get).collect(Collectors.toCollection(TreeSet::new));
        assertThat(folders).as("%s: an operation folder for each declared capability", adapter.code()).containsAll(needed);
    }

    static void foldersStandAlone(CarrierAdapter adapter) {
        String path = packagePath(adapter);
        String carrierClass = adapter.getClass().getName().replace('.', '/');
        List<String> breaches = new ArrayList<>();
        for (String c : classes(adapter)) {
            String rest = c.substring(path.length() + 1);
            if (!rest.contains("/")) {
                continue;
            }
            String folder = rest.substring(0, rest.indexOf('/'));
            List<String> constants = ClassFiles.constants(adapter.getClass().getClassLoader(), c);
            if (ClassFiles.refersTo(constants, carrierClass)) {
                breaches.add(c + " -> " + carrierClass);
            }
            for (String other : Set.copyOf(FOLDERS.values())) {
                if (!other.equals(folder) && ClassFiles.refersTo(constants, path + "/" + other + "/")) {
                    breaches.add(c + " -> " + other + "/");
                }
            }
        }
        assertThat(breaches).as("%s: operation classes that reach the adapter class or another operation", adapter.code()).isEmpty();
    }

    static void noJsonTrees(CarrierAdapter adapter) {
        List<String> builders = classes(adapter).stream()
                .filter(c -> JSON_TREES.stream().anyMatch(t -> ClassFiles.refersTo(ClassFiles.constants(adapter.getClass().getClassLoader(), c), t)))
                .toList();
        assertThat(builders).as("%s: classes that build JSON trees instead of typed wire records", adapter.code()).isEmpty();
    }

    static void statusTables(CarrierAdapter adapter) throws IllegalAccessException {
        String statusMap = topLevel(adapter).stream().filter(c -> c.endsWith("StatusMap")).findFirst().orElseThrow();
        Class<?> type = load(adapter, statusMap); // a duplicate code fails here, when the tables are built
        int statusTables = 0;
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == CodeTable.class) {
                f.setAccessible(true);
                CodeTable<?> table = (CodeTable<?>) f.get(null);
                assertThat(table.entries()).as("%s.%s", statusMap, f.getName()).isNotEmpty();
                if (f.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] == TrackingStatus.class) {
                    statusTables++;
                }
            }
        }
        assertThat(statusTables).as("%s: a static CodeTable<TrackingStatus>", statusMap).isPositive();
    }

    private static Set<String> classes(CarrierAdapter adapter) {
        return ClassFiles.classesUnder(adapter.getClass().getClassLoader(), adapter.getClass().getPackageName());
    }

    private static Set<String> topLevel(CarrierAdapter adapter) {
        String path = packagePath(adapter);
        return classes(adapter).stream().map(c -> c.substring(path.length() + 1)).filter(c -> !c.contains("/") && !c.contains("$"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String packagePath(CarrierAdapter adapter) {
        return adapter.getClass().getPackageName().replace('.', '/');
    }

    private static Class<?> load(CarrierAdapter adapter, String simpleName) {
        try {
            return Class.forName(adapter.getClass().getPackageName() + "." + simpleName, true, adapter.getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Capability, String> folders() {
        Map<Capability, String> f = new EnumMap<>(Capability.class);
        f.put(Capability.RATES, "rate");
        f.put(Capability.CREATE_SHIPMENT, "shipment");
        f.put(Capability.FIND_PURCHASE, "shipment");
        f.put(Capability.CANCEL_SHIPMENT, "cancel");
        f.put(Capability.TRACK, "tracking");
        f.put(Capability.WEBHOOK_TRACKING, "webhook");
        f.put(Capability.ESTIMATE_DELIVERY, "edd");
        f.put(Capability.SERVICEABILITY, "serviceability");
        f.put(Capability.SCHEDULE_PICKUP, "pickup");
        f.put(Capability.CANCEL_PICKUP, "pickup");
        f.put(Capability.CREATE_RETURN, "returns");
        f.put(Capability.NDR_ACTION, "ndr");
        f.put(Capability.PROOF_OF_DELIVERY, "pod");
        f.put(Capability.ADDRESS_VALIDATION, "address");
        f.put(Capability.CLOSE_MANIFEST, "manifest");
        return Map.copyOf(f);
    }

    private static Map<Capability, String> methods() {
        Map<Capability, String> m = new EnumMap<>(Capability.class);
        m.put(Capability.RATES, "rates");
        m.put(Capability.CREATE_SHIPMENT, "createShipment");
        m.put(Capability.FIND_PURCHASE, "findPurchase");
        m.put(Capability.CANCEL_SHIPMENT, "cancelShipment");
        m.put(Capability.TRACK, "track");
        m.put(Capability.WEBHOOK_TRACKING, "parseWebhook");
        m.put(Capability.ESTIMATE_DELIVERY, "estimateDelivery");
        m.put(Capability.SERVICEABILITY, "checkServiceability");
        m.put(Capability.SCHEDULE_PICKUP, "schedulePickup");
        m.put(Capability.CANCEL_PICKUP, "cancelPickup");
        m.put(Capability.CREATE_RETURN, "createReturn");
        m.put(Capability.NDR_ACTION, "ndrAction");
        m.put(Capability.PROOF_OF_DELIVERY, "proofOfDelivery");
        m.put(Capability.ADDRESS_VALIDATION, "validateAddress");
        m.put(Capability.CLOSE_MANIFEST, "closeManifest");
        return m;
    }
}
