package io.shipgate.carrier.dhlexpress;

import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.FieldType;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One DHL Express account as the MyDHL API needs it: the API key and secret (HTTP basic auth), the
 * shipper account number every rate, label and pickup is booked under, and the optional accounts
 * and unit system.
 *
 * @param importAccountNumber the account returns are booked under (a DHL import account, so labels
 *                            from abroad are billed to the merchant); the shipper account when absent
 * @param dutiesAccountNumber the account billed for duties and taxes when a third party pays them
 * @param units               metric (kg, cm) or imperial (lb, in); null: by the shipper's country
 * @param preferredCurrency   the currency quotes are given in when DHL prices in it (MyDHL answers the
 *                            account's billing currency, the pickup country's and DHL's base currency);
 *                            null: the account's billing currency
 */
public record DhlSettings(String apiKey, String apiSecret, String accountNumber, String importAccountNumber,
                          String dutiesAccountNumber, DhlUnits units, String preferredCurrency) {

    public static final String API_KEY = "api_key";
    public static final String API_SECRET = "api_secret";
    public static final String ACCOUNT_NUMBER = "account_number";
    public static final String IMPORT_ACCOUNT_NUMBER = "import_account_number";
    public static final String DUTIES_ACCOUNT_NUMBER = "duties_account_number";
    public static final String UNIT_OF_MEASUREMENT = "unit_of_measurement";
    public static final String PREFERRED_CURRENCY = "preferred_currency";

    /** DHL Express account numbers: 9 or 10 digits. */
    private static final Pattern ACCOUNT = Pattern.compile("\\d{9,10}");
    private static final FieldType ACCOUNT_TYPE = FieldType.text(10, ACCOUNT.pattern(), "a DHL Express account number of 9 or 10 digits");

    public static List<AccountField> accountFields() {
        return List.of(
                AccountField.credential(API_KEY, "MyDHL API key (the HTTP basic auth user name)"),
                AccountField.credential(API_SECRET, "MyDHL API secret (the HTTP basic auth password)"),
                AccountField.setting(ACCOUNT_NUMBER, true, "DHL Express shipper account number (9 or 10 digits)").withType(ACCOUNT_TYPE),
                AccountField.setting(IMPORT_ACCOUNT_NUMBER, false,
                        "DHL Express import account returns are billed to (default: the shipper account)").withType(ACCOUNT_TYPE),
                AccountField.setting(DUTIES_ACCOUNT_NUMBER, false,
                        "DHL Express account billed for duties and taxes when the duties payer is THIRD_PARTY").withType(ACCOUNT_TYPE),
                AccountField.setting(UNIT_OF_MEASUREMENT, false,
                        "metric (kg, cm) or imperial (lb, in); default: imperial for shippers in the US, metric elsewhere")
                        .withType(FieldType.choiceIgnoringCase("metric", "imperial")),
                AccountField.setting(PREFERRED_CURRENCY, false,
                        "currency of quotes when DHL prices in it (ISO 4217); default: the account's billing currency")
                        .withType(FieldType.currency()));
    }

    public static DhlSettings of(CarrierAccount account) {
        return new DhlSettings(account.credential(API_KEY), account.credential(API_SECRET),
                accountNumber(account, ACCOUNT_NUMBER, true), accountNumber(account, IMPORT_ACCOUNT_NUMBER, false),
                accountNumber(account, DUTIES_ACCOUNT_NUMBER, false), units(account), currency(account));
    }

    /** The account returns are booked under. */
    public String returnAccountNumber() {
        return importAccountNumber == null ? accountNumber : importAccountNumber;
    }

    /** The unit system for a shipment leaving {@code shipperCountry}. */
    public DhlUnits unitsFrom(String shipperCountry) {
        return units != null ? units : DhlUnits.defaultFor(shipperCountry);
    }

    private static String accountNumber(CarrierAccount account, String name, boolean required) {
        String value = account.setting(name, null);
        if (value == null) {
            if (required) {
                throw invalid(name, "is required");
            }
            return null;
        }
        String number = value.strip();
        if (!ACCOUNT.matcher(number).matches()) {
            throw invalid(name, "must be a DHL Express account number of 9 or 10 digits");
        }
        return number;
    }

    private static String currency(CarrierAccount account) {
        String value = account.setting(PREFERRED_CURRENCY, null);
        if (value == null || value.isBlank()) {
            return null;
        }
        String currency = value.strip().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw invalid(PREFERRED_CURRENCY, "must be an ISO 4217 currency code");
        }
        return currency;
    }

    private static DhlUnits units(CarrierAccount account) {
        String value = account.setting(UNIT_OF_MEASUREMENT, null);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "metric" -> DhlUnits.METRIC;
            case "imperial" -> DhlUnits.IMPERIAL;
            default -> throw invalid(UNIT_OF_MEASUREMENT, "must be metric or imperial");
        };
    }

    private static CarrierException invalid(String setting, String problem) {
        return DhlErrors.invalidSetting(setting, problem);
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "DhlSettings[accountNumber=" + accountNumber + ", importAccountNumber=" + importAccountNumber
                + ", dutiesAccountNumber=" + dutiesAccountNumber + ", units=" + units + ", preferredCurrency=" + preferredCurrency
                + ", credentials hidden]";
    }
}
