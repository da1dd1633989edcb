package io.shipgate.carrier.ups;

import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.CarrierException;
import io.shipgate.carrier.spi.FieldType;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One UPS account: the OAuth client of the merchant's UPS developer app, the UPS shipper account
 * the labels are billed to, the Track Alert webhook credential, and the contact UPS Delivery
 * Intercept requests are made in the name of. A bad setting is an INVALID_REQUEST naming it.
 *
 * @param webhookCredential the credential UPS sends back with each Track Alert event; null when not configured
 * @param negotiatedRates   whether rates and labels ask for the account's negotiated (contract) rates
 * @param contactName       who asks for delivery intercepts (UPS requires a requester); null when not configured
 * @param contactPhone      the requester's phone, {@code +} and digits; null when not configured
 */
public record UpsSettings(String clientId, String clientSecret, String accountNumber, String webhookCredential,
                          boolean negotiatedRates, String contactName, String contactPhone) {

    public static final String CLIENT_ID = "client_id";
    public static final String CLIENT_SECRET = "client_secret";
    public static final String ACCOUNT_NUMBER = "account_number";
    public static final String WEBHOOK_CREDENTIAL = "webhook_credential";
    public static final String NEGOTIATED_RATES = "negotiated_rates";
    public static final String CONTACT_NAME = "contact_name";
    public static final String CONTACT_PHONE = "contact_phone";

    /** A UPS shipper number: six alphanumeric characters. */
    private static final Pattern SHIPPER_NUMBER = Pattern.compile("[A-Z0-9]{6}");
    /** As Delivery Intercept wants it: {@code +} and up to 13 digits. */
    private static final Pattern INTERCEPT_PHONE = Pattern.compile("\\+[0-9]{1,13}");

    /** What a UPS account takes, for the gateway's account forms and checks. */
    public static List<AccountField> accountFields() {
        return List.of(
                AccountField.credential(CLIENT_ID, "Client ID of the UPS developer app (OAuth client credentials)"),
                AccountField.credential(CLIENT_SECRET, "Client secret of the UPS developer app"),
                new AccountField(WEBHOOK_CREDENTIAL, true, false,
                        "The credential registered for Track Alert webhooks; UPS sends it back with every event"),
                AccountField.setting(ACCOUNT_NUMBER, true, "UPS shipper (account) number, six characters; labels and pickups are billed to it")
                        .withType(FieldType.text(6, "[A-Za-z0-9]{6}", "a UPS shipper number of six letters or digits")),
                AccountField.setting(NEGOTIATED_RATES, false, "true to quote and bill the account's negotiated rates (default false)")
                        .withType(FieldType.flag()),
                AccountField.setting(CONTACT_NAME, false, "Name of the person asking UPS for delivery intercepts (NDR actions)")
                        .withType(FieldType.text(35)),
                AccountField.setting(CONTACT_PHONE, false, "Phone of that person, + and digits, e.g. +12125550100 (NDR actions)")
                        .withType(FieldType.text(14, "\\+[0-9]{1,13}", "+ and 1 to 13 digits, e.g. +12125550100")));
    }

    public static UpsSettings of(CarrierAccount account) {
        String accountNumber = account.setting(ACCOUNT_NUMBER, null);
        if (accountNumber == null) {
            throw invalid(ACCOUNT_NUMBER, "is required: the UPS shipper number labels are billed to");
        }
        accountNumber = accountNumber.strip().toUpperCase(java.util.Locale.ROOT);
        if (!SHIPPER_NUMBER.matcher(accountNumber).matches()) {
            throw invalid(ACCOUNT_NUMBER, "must be a UPS shipper number of six letters or digits");
        }
        String negotiated = account.setting(NEGOTIATED_RATES, "false").strip();
        if (!negotiated.equals("true") && !negotiated.equals("false")) {
            throw invalid(NEGOTIATED_RATES, "must be true or false");
        }
        String phone = account.setting(CONTACT_PHONE, null);
        if (phone != null && !INTERCEPT_PHONE.matcher(phone.strip()).matches()) {
            throw invalid(CONTACT_PHONE, "must be + and 1 to 13 digits, e.g. +12125550100");
        }
        String webhookCredential = account.credentials().get(WEBHOOK_CREDENTIAL);
        return new UpsSettings(account.credential(CLIENT_ID), account.credential(CLIENT_SECRET), accountNumber,
                webhookCredential == null || webhookCredential.isBlank() ? null : webhookCredential,
                Boolean.parseBoolean(negotiated), account.setting(CONTACT_NAME, null), phone == null ? null : phone.strip());
    }

    static CarrierException invalid(String setting, String problem) {
        return UpsErrors.invalid("INVALID_SETTING", "the UPS account's setting " + setting + " " + problem, setting);
    }

    /** Never shows the credentials. */
    @Override
    public String toString() {
        return "UpsSettings[accountNumber=" + accountNumber + ", negotiatedRates=" + negotiatedRates + ", credentials hidden]";
    }
}
