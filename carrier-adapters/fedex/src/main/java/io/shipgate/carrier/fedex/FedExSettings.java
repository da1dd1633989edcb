package io.shipgate.carrier.fedex;

import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.FieldType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One FedEx account: the FedEx Developer Portal project's API key and secret key (OAuth2
 * {@code client_id} / {@code client_secret}), the FedEx account number that ships and pays, and
 * optional settings. {@link #of} checks each value and names the one that is wrong.
 *
 * @param webhookSecurityToken the security token of the account's Advanced Integrated Visibility
 *                             webhook project (verifies {@code fdx-signature}); null when not set
 * @param documentsBaseUrl     where FedEx's Trade Documents Upload API is served for this account
 *                             (FedEx runs it on its own host); null: the account's FedEx base URL
 * @param pickupType           how parcels reach FedEx, which rates depend on
 * @param pickupCarrierCode    the FedEx operating company pickups are booked with: FDXE (Express) or FDXG (Ground)
 * @param preferredCurrency    the currency quotes are given in (ISO 4217, FedEx's {@code preferredCurrency}); null: the
 *                             account's own currency, the one of FedEx's negotiated (ACCOUNT) rates
 */
public record FedExSettings(String clientId, String clientSecret, String accountNumber, String webhookSecurityToken,
                            URI documentsBaseUrl, String pickupType, String pickupCarrierCode, String preferredCurrency) {

    public static final String CLIENT_ID = "client_id";
    public static final String CLIENT_SECRET = "client_secret";
    public static final String ACCOUNT_NUMBER = "account_number";
    public static final String WEBHOOK_SECURITY_TOKEN = "webhook_security_token";
    public static final String DOCUMENTS_BASE_URL = "documents_base_url";
    public static final String PICKUP_TYPE = "pickup_type";
    public static final String PICKUP_CARRIER_CODE = "pickup_carrier_code";
    public static final String PREFERRED_CURRENCY = "preferred_currency";

    private static final Pattern ACCOUNT = Pattern.compile("\\d{9,12}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> PICKUP_TYPES = Set.of("DROPOFF_AT_FEDEX_LOCATION", "USE_SCHEDULED_PICKUP", "CONTACT_FEDEX_TO_SCHEDULE");
    private static final Set<String> CARRIER_CODES = Set.of("FDXE", "FDXG");

    public static List<AccountField> accountFields() {
        return List.of(
                AccountField.credential(CLIENT_ID, "API key of the FedEx Developer Portal project (OAuth2 client_id)"),
                AccountField.credential(CLIENT_SECRET, "Secret key of the FedEx Developer Portal project (OAuth2 client_secret)"),
                AccountField.setting(ACCOUNT_NUMBER, true, "The 9-digit FedEx account number that ships and is billed")
                        .withType(FieldType.text(12, "\\d{9,12}", "the FedEx account number (9 to 12 digits)")),
                new AccountField(WEBHOOK_SECURITY_TOKEN, true, false,
                        "Security token of the Advanced Integrated Visibility webhook project: verifies the fdx-signature of tracking pushes"),
                AccountField.setting(DOCUMENTS_BASE_URL, false,
                        "Base URL of FedEx's Trade Documents Upload API (https://documentapi.prod.fedex.com in production,"
                                + " https://documentapitest.prod.fedex.com/sandbox in FedEx's test environment); default: the FedEx base URL")
                        .withType(FieldType.url()),
                AccountField.setting(PICKUP_TYPE, false,
                        "DROPOFF_AT_FEDEX_LOCATION (default), USE_SCHEDULED_PICKUP or CONTACT_FEDEX_TO_SCHEDULE: how parcels reach FedEx")
                        .withType(FieldType.choice(PICKUP_TYPES.stream().sorted().toArray(String[]::new))),
                AccountField.setting(PICKUP_CARRIER_CODE, false, "FDXE (FedEx Express, default) or FDXG (FedEx Ground): who collects booked pickups")
                        .withType(FieldType.choice(CARRIER_CODES.stream().sorted().toArray(String[]::new))),
                AccountField.setting(PREFERRED_CURRENCY, false,
                        "Currency of the quotes (ISO 4217, e.g. CAD); default: the account's own currency, that of its negotiated rates")
                        .withType(FieldType.text(3, "[A-Z]{3}", "a currency code (ISO 4217)")));
    }

    public static FedExSettings of(CarrierAccount account) {
        String accountNumber = account.setting(ACCOUNT_NUMBER, null);
        if (accountNumber == null || !ACCOUNT.matcher(accountNumber.strip()).matches()) {
            throw invalid(ACCOUNT_NUMBER, "must be the FedEx account number (9 to 12 digits)");
        }
        String token = account.credentials().get(WEBHOOK_SECURITY_TOKEN);
        return new FedExSettings(account.credential(CLIENT_ID), account.credential(CLIENT_SECRET), accountNumber.strip(),
                token == null || token.isBlank() ? null : token,
                documentsBaseUrl(account),
                oneOf(account, PICKUP_TYPE, "DROPOFF_AT_FEDEX_LOCATION", PICKUP_TYPES),
                oneOf(account, PICKUP_CARRIER_CODE, "FDXE", CARRIER_CODES), currency(account));
    }

    private static String currency(CarrierAccount account) {
        String value = account.setting(PREFERRED_CURRENCY, null);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CURRENCY.matcher(value.strip()).matches()) {
            throw invalid(PREFERRED_CURRENCY, "must be a currency code of three capital letters (ISO 4217)");
        }
        return value.strip();
    }

    private static URI documentsBaseUrl(CarrierAccount account) {
        String value = account.setting(DOCUMENTS_BASE_URL, null);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (uri.isAbsolute() && uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw invalid(DOCUMENTS_BASE_URL, "must be an absolute http(s) URL");
    }

    private static String oneOf(CarrierAccount account, String name, String fallback, Set<String> allowed) {
        String value = account.setting(name, fallback).strip();
        if (!allowed.contains(value)) {
            throw invalid(name, "must be one of " + allowed.stream().sorted().toList());
        }
        return value;
    }

    private static CarrierException invalid(String setting, String problem) {
        return FedExErrors.invalidRequest("INVALID_SETTING", "the FedEx account's setting " + setting + " " + problem, setting);
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "FedExSettings[accountNumber=" + accountNumber + ", documentsBaseUrl=" + documentsBaseUrl + ", pickupType="
                + pickupType + ", pickupCarrierCode=" + pickupCarrierCode + ", preferredCurrency=" + preferredCurrency + ", credentials hidden]";
    }
}
