package io.shipgate.carrier.delhivery;

import io.shipgate.carrier.spi.AccountField;
import io.shipgate.carrier.spi.CarrierAccount;
import io.shipgate.carrier.spi.FieldType;

import java.util.List;

/**
 * One Delhivery account: its API token, the token Delhivery sends with its scan pushes, and the
 * registered warehouse (pickup location) shipments leave from and returns go back to.
 *
 * @param webhookToken   the shared token the merchant registered with Delhivery for its scan push;
 *                       null when the account takes no pushes
 * @param pickupLocation the warehouse name exactly as registered with Delhivery ({@code pickup_location.name})
 */
public record DelhiverySettings(String apiToken, String webhookToken, String pickupLocation) {

    public static final String API_TOKEN = "api_token";
    public static final String WEBHOOK_TOKEN = "webhook_token";
    public static final String PICKUP_LOCATION = "pickup_location";

    /** Delhivery's warehouse names are short labels; a longer value is a pasted address, not a name. */
    private static final int MAX_WAREHOUSE_NAME = 100;

    /** What a Delhivery account takes, for the gateway's account forms and checks. */
    public static List<AccountField> accountFields() {
        return List.of(
                AccountField.credential(API_TOKEN, "Delhivery API token, sent as 'Authorization: Token <api_token>'"),
                new AccountField(WEBHOOK_TOKEN, true, false,
                        "Token Delhivery sends with its scan push as 'Authorization: Token <webhook_token>' (register it with Delhivery)"),
                AccountField.setting(PICKUP_LOCATION, true,
                        "Warehouse name exactly as registered with Delhivery: where shipments are picked up and returns delivered")
                        .withType(FieldType.text(MAX_WAREHOUSE_NAME)));
    }

    public static DelhiverySettings of(CarrierAccount account) {
        String webhookToken = account.credentials().get(WEBHOOK_TOKEN);
        String pickupLocation = account.setting(PICKUP_LOCATION, null);
        if (pickupLocation == null) {
            throw DelhiveryErrors.setting(PICKUP_LOCATION, "is required: the warehouse name registered with Delhivery");
        }
        if (pickupLocation.strip().length() > MAX_WAREHOUSE_NAME) {
            throw DelhiveryErrors.setting(PICKUP_LOCATION, "must be the registered warehouse's name (at most "
                    + MAX_WAREHOUSE_NAME + " characters), not its address");
        }
        return new DelhiverySettings(account.credential(API_TOKEN),
                webhookToken == null || webhookToken.isBlank() ? null : webhookToken.strip(), pickupLocation.strip());
    }

    /** Never shows the tokens. */
    @Override
    public String toString() {
        return "DelhiverySettings[pickupLocation=" + pickupLocation + ", webhookToken=" + (webhookToken == null ? "none" : "set")
                + ", credentials hidden]";
    }
}
