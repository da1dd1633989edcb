package io.shipgate.gateway.ndr;

import io.shipgate.carrier.model.NdrAction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The API's names of the NDR actions ({@code re_attempt}, ...) and the SPI's {@link NdrAction}s, one table. */
enum NdrActionNames {
    RE_ATTEMPT(NdrAction.REATTEMPT),
    RESCHEDULE(NdrAction.RESCHEDULE),
    CHANGE_ADDRESS(NdrAction.CHANGE_ADDRESS),
    CHANGE_PHONE(NdrAction.CHANGE_PHONE),
    RETURN_TO_ORIGIN(NdrAction.RETURN_TO_ORIGIN);

    /** Every name, as the API writes them. */
    static final List<String> ALL = Arrays.stream(values()).map(NdrActionNames::apiName).toList();

    private final NdrAction action;

    NdrActionNames(NdrAction action) {
        this.action = action;
    }

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    NdrAction action() {
        return action;
    }

    static Optional<NdrAction> parse(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values()).filter(n -> n.apiName().equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst().map(NdrActionNames::action);
    }

    static String apiName(NdrAction action) {
        return Arrays.stream(values()).filter(n -> n.action == action).findFirst().orElseThrow().apiName();
    }
}
