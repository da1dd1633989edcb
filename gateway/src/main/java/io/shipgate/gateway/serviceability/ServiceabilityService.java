package io.shipgate.gateway.serviceability;

import io.shipgate.carrier.model.Dimensions;
import io.shipgate.carrier.model.Weight;
import io.shipgate.carrier.spi.CarrierRegistry;
import io.shipgate.carrier.spi.ParcelLimits;
import io.shipgate.gateway.shipment.ShipmentMapper;
import io.shipgate.carrier.model.Codes;
import io.shipgate.carrier.model.Money;
import io.shipgate.carrier.model.Serviceability;
import io.shipgate.carrier.spi.Capability;
import io.shipgate.carrier.spi.CarrierErrorCategory;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.upload.UploadFiles;
import io.shipgate.gateway.tenant.CurrentApiKey;
import io.shipgate.routes.carrier.CarrierInvoker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Serviceability tables per carrier account (upload, summary, download) and the check of a lane against
 * every account of the tenant: the account's circuit first, then its table in force, else its carrier's
 * live check, else unknown (never excluded for lack of knowledge).
 */
@Service
public class ServiceabilityService {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceabilityService.class);

    private final CarrierAccountService accounts;
    private final ServiceabilityTables tables;
    private final ActiveTables active;
    private final LiveChecks live;
    private final CarrierInvoker invoker;
    private final CarrierRegistry carriers;
    private final ServiceabilityProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ServiceabilityService(CarrierAccountService accounts, ServiceabilityTables tables, ActiveTables active, LiveChecks live,
                          CarrierInvoker invoker, CarrierRegistry carriers, ServiceabilityProperties properties,
                          TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.tables = tables;
        this.active = active;
        this.live = live;
        this.invoker = invoker;
        this.carriers = carriers;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Replaces the account's table with the file's rows, all or nothing: a file with a mistake is a 400
     * listing the first ones with their rows, and the table in force stays.
     */
    ServiceabilityTableView upload(UUID tenantId, UUID accountId, byte[] body, ServiceabilityFile.Format format, String currency) {
        accounts.get(tenantId, accountId); // 404 for another tenant's account
        String fileCurrency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (fileCurrency != null && !Codes.isCurrency(fileCurrency)) {
            throw ApiException.invalid("currency", "must be an ISO 4217 currency code such as INR");
        }
        long start = System.nanoTime();
        ServiceabilityFile.Result file = ServiceabilityFile.read(body, format, fileCurrency, properties.maxRows(), properties.maxErrors());
        long read = System.nanoTime();
        if (!file.valid()) {
            throw UploadFiles.refused(file.invalidRows(), file.errors(), "the table in force");
        }
        ServiceabilityTables.TableSummary summary = transaction.execute(status ->
                tables.replace(tenantId, accountId, fileCurrency, file.rows(), clock.instant()));
        active.activated(tenantId, accountId);
        LOG.info("serviceability table version {} of carrier account {} in force: {} rows ({} bytes) read and checked in {} ms, stored in {} ms",
                summary.version(), accountId, summary.rowCount(), body.length, (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return view(summary);
    }

    ServiceabilityTableView summary(UUID tenantId, UUID accountId) {
        return view(table(tenantId, accountId));
    }

    /** The table in force as CSV, in the upload's format, sorted by country and postal code. */
    byte[] csv(UUID tenantId, UUID accountId) {
        ServiceabilityTables.TableSummary summary = table(tenantId, accountId);
        List<ServiceabilityRow> rows = new ArrayList<>(summary.rowCount());
        tables.rows(summary.id(), rows::add);
        rows.sort(Comparator.comparing(ServiceabilityRow::country).thenComparing(ServiceabilityRow::postalCode));
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 32 + 128);
        StringBuilder line = new StringBuilder(String.join(",", ServiceabilityFile.COLUMNS)).append("\r\n");
        for (ServiceabilityRow row : rows) {
            line.append(row.country()).append(',').append(row.postalCode()).append(',').append(yn(row.prepaid())).append(',')
                    .append(yn(row.cod())).append(',').append(row.codLimit() == null ? "" : row.codLimit().toPlainString()).append(',')
                    .append(yn(row.pickup())).append(',').append(yn(row.reversePickup())).append(',').append(yn(row.oda())).append(',')
                    .append(yn(row.embargo())).append("\r\n");
            if (line.length() > 64 * 1024) {
                out.writeBytes(line.toString().getBytes(StandardCharsets.US_ASCII));
                line.setLength(0);
            }
        }
        out.writeBytes(line.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** Which of the tenant's enabled accounts (or of those named) can take the parcel, and why not the others. */
    public ServiceabilityAnswer check(UUID tenantId, ServiceabilityCheckRequest request) {
        List<UUID> named = request.carrierAccountIds() == null ? List.of() : request.carrierAccountIds();
        return check(tenantId, request, accounts.list(tenantId).stream().filter(CarrierAccountView::enabled)
                .filter(a -> named.isEmpty() || named.contains(a.id()))
                // a test key uses sandbox accounts only, as in rate shopping
                .filter(a -> !CurrentApiKey.testMode() || "sandbox".equals(a.carrier()))
                .toList());
    }

    /**
     * The check against these enabled accounts of the tenant, which the caller holds (the recommendation), so that it
     * reads no account from the database; {@code carrier_account_ids} is not read.
     */
    public ServiceabilityAnswer check(UUID tenantId, ServiceabilityCheckRequest request, List<CarrierAccountView> candidates) {
        Money cod = cod(request);
        ServiceabilityCheck check = new ServiceabilityCheck(request.origin().country(), postalCode(request.origin()),
                request.destination().country(), postalCode(request.destination()), cod);
        List<AvailableCarrierView> serviceable = new ArrayList<>();
        List<AvailableCarrierView> unknown = new ArrayList<>();
        List<ExcludedCarrierView> excluded = new ArrayList<>();
        Weight weight = request.parcel() == null ? null : ShipmentMapper.toWeight(request.parcel().weight());
        Dimensions dimensions = request.parcel() == null ? null : ShipmentMapper.toDimensions(request.parcel().dimensions());
        Set<String> withoutLimits = new TreeSet<>();
        for (CarrierAccountView account : candidates) {
            if (invoker.circuitOpen(account.carrier(), account.id())) {
                excluded.add(excluded(account, Verdict.excluded(ExclusionReason.CIRCUIT_OPEN, null, account.carrier()
                        + " is failing: calls to this account are paused (circuit open)"), ServiceabilitySource.NONE, null));
                continue;
            }
            ParcelLimits limits = carriers.find(account.carrier()).map(c -> c.descriptor().capabilities().parcelLimits())
                    .orElse(ParcelLimits.NONE);
            if (!limits.declared()) {
                withoutLimits.add(account.carrier());
            }
            Optional<ParcelLimits.Exceeded> over = limits.check(weight, dimensions);
            if (over.isPresent()) {
                excluded.add(excluded(account, Verdict.excluded(over.get().weight() ? ExclusionReason.WEIGHT_OVER_LIMIT
                        : ExclusionReason.SIZE_OVER_LIMIT, null, over.get().detail()), ServiceabilitySource.CARRIER_LIMITS, null));
                continue;
            }
            Optional<TableIndex> table = active.active(tenantId, account.id());
            if (table.isPresent()) {
                TableIndex index = table.get();
                Verdict verdict = Verdict.ofTable(check, index.find(check.originCountry(), check.originPostalCode()),
                        index.find(check.destinationCountry(), check.destinationPostalCode()), index.currency());
                add(account, verdict, ServiceabilitySource.TABLE, index.version(), serviceable, excluded);
            } else if (account.capabilities().contains(Capability.SERVICEABILITY)) {
                liveCheck(tenantId, account, check, serviceable, unknown, excluded);
            } else {
                unknown.add(unknown(account, "no serviceability table uploaded and " + account.carrier() + " has no live check"));
            }
        }
        serviceable.addAll(unknown);
        return new ServiceabilityAnswer(serviceable, excluded, skipped(weight, dimensions, withoutLimits));
    }

    private void liveCheck(UUID tenantId, CarrierAccountView account, ServiceabilityCheck check, List<AvailableCarrierView> serviceable,
                           List<AvailableCarrierView> unknown, List<ExcludedCarrierView> excluded) {
        Serviceability answer;
        try {
            answer = live.check(new LiveChecks.Lane(tenantId, account.id(), check.originCountry(), check.originPostalCode(),
                    check.destinationCountry(), check.destinationPostalCode()));
        } catch (CarrierException e) {
            if (e.category() == CarrierErrorCategory.UNAVAILABLE && "CIRCUIT_OPEN".equals(e.carrierCode())) {
                excluded.add(excluded(account, Verdict.excluded(ExclusionReason.CIRCUIT_OPEN, null, e.getMessage()),
                        ServiceabilitySource.NONE, null));
            } else if (e.category() == CarrierErrorCategory.NOT_SERVICEABLE) {
                // refused before any call, e.g. a country the carrier does not serve
                excluded.add(excluded(account, Verdict.excluded(ExclusionReason.NOT_SERVICEABLE,
                        e.field() != null && e.field().startsWith("origin") ? ServiceEnd.ORIGIN : ServiceEnd.DESTINATION, e.getMessage()),
                        ServiceabilitySource.LIVE, null));
            } else {
                unknown.add(unknown(account, "no serviceability table uploaded and " + account.carrier() + "'s live check failed ("
                        + e.category() + "): " + e.getMessage()));
            }
            return;
        }
        add(account, Verdict.ofLive(check, answer), ServiceabilitySource.LIVE, null, serviceable, excluded);
    }

    private static void add(CarrierAccountView account, Verdict verdict, ServiceabilitySource source, Integer version,
                            List<AvailableCarrierView> serviceable, List<ExcludedCarrierView> excluded) {
        if (verdict.reason() == null) {
            serviceable.add(new AvailableCarrierView(account.id(), account.carrier(), account.name(), ServiceabilityStatus.SERVICEABLE,
                    source, version, verdict.services(), verdict.oda(), verdict.detail()));
        } else {
            excluded.add(excluded(account, verdict, source, version));
        }
    }

    private static ExcludedCarrierView excluded(CarrierAccountView account, Verdict verdict, ServiceabilitySource source, Integer version) {
        return new ExcludedCarrierView(account.id(), account.carrier(), account.name(), verdict.reason(), verdict.end(), source, version,
                verdict.detail());
    }

    private static AvailableCarrierView unknown(CarrierAccountView account, String note) {
        return new AvailableCarrierView(account.id(), account.carrier(), account.name(), ServiceabilityStatus.UNKNOWN,
                ServiceabilitySource.NONE, null, List.of(), false, note);
    }

    /** The parcel checks not made: no parcel (or no weight, no size) in the request, or carriers that publish no limits. */
    private static List<SkippedCheckView> skipped(Weight weight, Dimensions dimensions, Set<String> withoutLimits) {
        List<SkippedCheckView> skipped = new ArrayList<>(2);
        String carriers = withoutLimits.isEmpty() ? null : String.join(", ", withoutLimits) + " publish"
                + (withoutLimits.size() == 1 ? "es" : "") + " no parcel limits";
        if (weight == null) {
            skipped.add(new SkippedCheckView(ExclusionReason.WEIGHT_OVER_LIMIT, "the request gives no parcel weight"));
        } else if (carriers != null) {
            skipped.add(new SkippedCheckView(ExclusionReason.WEIGHT_OVER_LIMIT, carriers));
        }
        if (dimensions == null) {
            skipped.add(new SkippedCheckView(ExclusionReason.SIZE_OVER_LIMIT, "the request gives no parcel dimensions"));
        } else if (carriers != null) {
            skipped.add(new SkippedCheckView(ExclusionReason.SIZE_OVER_LIMIT, carriers));
        }
        return skipped;
    }

    private static Money cod(ServiceabilityCheckRequest request) {
        if (request.paymentMode() == PaymentMode.COD) {
            if (request.codAmount() == null) {
                throw ApiException.invalid("cod_amount", "is required with payment_mode COD");
            }
            return new Money(request.codAmount().amount(), request.codAmount().currency());
        }
        if (request.codAmount() != null) {
            throw ApiException.invalid("cod_amount", "is only for payment_mode COD");
        }
        return null;
    }

    /** The postal code as tables hold it; as sent (upper case) when it is not valid for its country, so no table lists it. */
    private static String postalCode(ServiceabilityLocation location) {
        String normalized = PostalCodes.normalize(location.country(), location.postalCode());
        return normalized != null ? normalized : location.postalCode().strip().toUpperCase(Locale.ROOT);
    }

    private ServiceabilityTables.TableSummary table(UUID tenantId, UUID accountId) {
        accounts.get(tenantId, accountId); // 404 for another tenant's account
        return tables.active(tenantId, accountId).orElseThrow(() -> ApiException.notFound("serviceability table of carrier account "
                + accountId + " (none uploaded: PUT one)"));
    }

    private static ServiceabilityTableView view(ServiceabilityTables.TableSummary summary) {
        return new ServiceabilityTableView(summary.carrierAccountId(), summary.version(), summary.rowCount(), summary.currency(),
                summary.uploadedAt(), "/v1/carrier-accounts/" + summary.carrierAccountId() + "/serviceability/csv");
    }

    private static char yn(boolean value) {
        return value ? 'Y' : 'N';
    }
}
