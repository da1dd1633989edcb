package io.shipgate.gateway.ratecard;

import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.upload.UploadFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/** Rate cards per carrier account and service: upload (checked whole, then the next version), list, read, download. */
@Service
class RateCardService {

    private static final Logger LOG = LoggerFactory.getLogger(RateCardService.class);
    /** A carrier's service code as quotes and shipments name it. */
    private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final CarrierAccountService accounts;
    private final RateCards cards;
    private final ActiveRateCards active;
    private final RateCardProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RateCardService(CarrierAccountService accounts, RateCards cards, ActiveRateCards active, RateCardProperties properties,
                    TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.cards = cards;
        this.active = active;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Replaces the account's card for the service, all or nothing: a card with a mistake is a 400 listing the first
     * ones with their rows, and the card in force stays.
     */
    RateCardSummaryView upload(UUID tenantId, UUID accountId, String service, byte[] body, RateCardFile.Format format) {
        accounts.get(tenantId, accountId); // 404 for another tenant's account
        checkService(service);
        long start = System.nanoTime();
        RateCardFile.Result file = RateCardFile.read(body, format, properties.maxRows(), properties.maxErrors());
        long read = System.nanoTime();
        if (!file.valid()) {
            throw UploadFiles.refused(file.invalidRows(), file.errors(), "the rate card in force");
        }
        String csv = RateCardWriter.csv(file.card());
        RateCards.CardSummary summary = transaction.execute(status -> cards.replace(tenantId, accountId, service, file.card().currency(),
                file.card().lines(), csv, clock.instant()));
        active.activated(tenantId, accountId);
        LOG.info("rate card {} version {} of carrier account {} in force: {} lines ({} bytes) read and checked in {} ms, stored in {} ms",
                service, summary.version(), accountId, summary.lineCount(), body.length, (read - start) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000);
        return summary(summary);
    }

    RateCardList list(UUID tenantId, UUID accountId) {
        accounts.get(tenantId, accountId);
        return new RateCardList(cards.active(tenantId, accountId).stream().map(RateCardService::summary).toList());
    }

    /** The card in force as JSON, read from the stored version (not the in-memory one, which may lag on another node). */
    RateCardView get(UUID tenantId, UUID accountId, String service) {
        RateCards.CardSummary summary = card(tenantId, accountId, service);
        RateCardFile.Result read = RateCardFile.read(cards.csv(summary.id()).getBytes(StandardCharsets.UTF_8), RateCardFile.Format.CSV,
                Integer.MAX_VALUE, 1);
        if (!read.valid()) {
            throw new IllegalStateException("stored rate card " + summary.id() + " does not read: " + read.errors());
        }
        return RateCardWriter.view(read.card(), accountId, service, summary.version(), summary.uploadedAt(), csvUrl(accountId, service));
    }

    byte[] csv(UUID tenantId, UUID accountId, String service) {
        return cards.csv(card(tenantId, accountId, service).id()).getBytes(StandardCharsets.UTF_8);
    }

    private RateCards.CardSummary card(UUID tenantId, UUID accountId, String service) {
        accounts.get(tenantId, accountId); // 404 for another tenant's account
        return cards.active(tenantId, accountId, service).orElseThrow(() -> ApiException.notFound("rate card " + service
                + " of carrier account " + accountId + " (none uploaded: PUT one)"));
    }

    private static void checkService(String service) {
        if (!SERVICE.matcher(service).matches()) {
            throw ApiException.invalid("service", "must be the carrier's service code: 1 to 64 letters, digits, _ . -");
        }
    }

    private static RateCardSummaryView summary(RateCards.CardSummary summary) {
        String base = "/v1/carrier-accounts/" + summary.carrierAccountId() + "/rate-cards/" + summary.service();
        return new RateCardSummaryView(summary.carrierAccountId(), summary.service(), summary.version(), summary.currency(),
                summary.lineCount(), summary.uploadedAt(), base, base + "/csv");
    }

    private static String csvUrl(UUID accountId, String service) {
        return "/v1/carrier-accounts/" + accountId + "/rate-cards/" + service + "/csv";
    }
}
