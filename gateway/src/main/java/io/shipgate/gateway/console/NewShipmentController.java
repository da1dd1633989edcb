package io.shipgate.gateway.console;

import io.shipgate.gateway.carrier.CarrierAccountService;
import io.shipgate.gateway.carrier.CarrierAccountView;
import io.shipgate.gateway.platform.problem.ApiException;
import io.shipgate.gateway.platform.problem.FieldError;
import io.shipgate.gateway.rating.RateShopping;
import io.shipgate.gateway.rating.RatesView;
import io.shipgate.gateway.rating.ShopRatesRequest;
import io.shipgate.gateway.recommendation.ShipmentRecommendations;
import io.shipgate.gateway.shipment.AddressView;
import io.shipgate.gateway.shipment.CreateShipmentRequest;
import io.shipgate.gateway.shipment.ShipmentMapper;
import io.shipgate.gateway.shipment.ShipmentPurchases;
import io.shipgate.gateway.warehouse.Warehouse;
import io.shipgate.gateway.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Creating a shipment for a one-off parcel: the form, then the carriers' rates side by side with the recommendation's
 * choice and its reasons, then Buy, through the purchase path of {@code POST /v1/shipments} with the form's
 * Idempotency-Key; the shipment's page after. Bad input is shown next to its field and buys nothing.
 */
@Hidden
@Controller
@RequestMapping("/console/shipments/new")
class NewShipmentController {

    private static final Logger LOG = LoggerFactory.getLogger(NewShipmentController.class);

    private final ShipmentPurchases purchases;
    private final RateShopping rateShopping;
    private final ShipmentRecommendations recommendations;
    private final Warehouses warehouses;
    private final CarrierAccountService accounts;

    NewShipmentController(ShipmentPurchases purchases, RateShopping rateShopping, ShipmentRecommendations recommendations,
                          Warehouses warehouses, CarrierAccountService accounts) {
        this.purchases = purchases;
        this.rateShopping = rateShopping;
        this.recommendations = recommendations;
        this.warehouses = warehouses;
        this.accounts = accounts;
    }

    @GetMapping
    String form(@AuthenticationPrincipal ConsoleUser user, Model model) {
        UUID first = warehouses.active(user.tenantId()).stream().findFirst().map(Warehouse::id).orElse(null);
        return form(user, NewShipmentForm.blank(first), List.of(), null, model);
    }

    /** Back from the rates page to change the details, as they were typed. */
    @PostMapping("/edit")
    String edit(@AuthenticationPrincipal ConsoleUser user, @RequestParam Map<String, String> params, Model model) {
        return form(user, NewShipmentForm.posted(params), List.of(), null, model);
    }

    @PostMapping("/rates")
    String rates(@AuthenticationPrincipal ConsoleUser user, @RequestParam Map<String, String> params, Model model,
                 HttpServletResponse response) {
        NewShipmentForm form = NewShipmentForm.posted(params);
        Checked checked = check(user, form, null, null);
        if (!checked.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(user, form, checked.errors(), null, model);
        }
        CreateShipmentRequest request = checked.request();
        RatesView rates = rateShopping.shop(user.tenantId(), new ShopRatesRequest(null, request.shipper(), request.recipient(),
                request.parcels(), request.options(), request.customs(), null));
        ShipmentRecommendations.Result recommendation = null;
        String recommendationError = null;
        try {
            recommendation = recommendations.recommend(user.tenantId(), request);
        } catch (ApiException e) {
            recommendationError = e.getMessage();
        }
        model.addAttribute("form", form);
        model.addAttribute("rates", NewShipmentRates.of(rates, recommendation, recommendationError, accountNames(user)));
        return "console/new-shipment/rates";
    }

    /** Buy: the rate chosen ({@code <account id>/<service>}), the form's details and its Idempotency-Key. */
    @PostMapping
    String buy(@AuthenticationPrincipal ConsoleUser user, @RequestParam Map<String, String> params, Model model,
               HttpServletResponse response) {
        NewShipmentForm form = NewShipmentForm.posted(params);
        String choice = params.getOrDefault("choice", "");
        int slash = choice.indexOf('/');
        UUID account;
        try {
            account = UUID.fromString(choice.substring(0, Math.max(slash, 0)));
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(user, form, List.of(new FieldError("carrier_account_id", "choose a rate to buy")), null, model);
        }
        String key = form.key();
        Checked checked = check(user, form, account, choice.substring(slash + 1));
        if (key == null || !checked.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(user, form, checked.errors(), null, model);
        }
        try {
            ShipmentPurchases.Purchased bought = purchases.buy(user.tenantId(), key, checked.request());
            LOG.info("shipment {} bought from the console by console user {}{}", bought.shipmentId(), user.id(),
                    bought.replayed() ? " (a repeated click: the same purchase)" : "");
            return "redirect:/console/shipments/" + bought.shipmentId();
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return form(user, form, fieldErrors(e), message(e), model);
        }
    }

    private record Checked(CreateShipmentRequest request, List<FieldError> errors) {
    }

    /** The form's own checks, then the API's, as {@code POST /v1/shipments} would make them. */
    private Checked check(ConsoleUser user, NewShipmentForm form, UUID account, String service) {
        UUID warehouseId = form.warehouseId();
        AddressView origin = null;
        if (warehouseId != null) {
            Warehouse warehouse = warehouses.find(user.tenantId(), warehouseId).filter(w -> !w.archived()).orElse(null);
            if (warehouse == null) {
                form.errors().add(new FieldError(NewShipmentForm.WAREHOUSE, "is not one of your warehouses"));
                warehouseId = null;
            } else {
                origin = ShipmentMapper.view(warehouse.location());
            }
        }
        CreateShipmentRequest request = form.request(origin, warehouseId, account, service);
        List<FieldError> errors = new ArrayList<>(form.errors());
        errors.addAll(purchases.check(request));
        return new Checked(request, errors);
    }

    private String form(ConsoleUser user, NewShipmentForm form, List<FieldError> errors, String message, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", new NewShipmentErrors(errors));
        model.addAttribute("message", message);
        model.addAttribute("warehouses", warehouses.active(user.tenantId()));
        return "console/new-shipment/form";
    }

    private Map<UUID, String> accountNames(ConsoleUser user) {
        return accounts.list(user.tenantId()).stream().collect(Collectors.toMap(CarrierAccountView::id, CarrierAccountView::name));
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> fieldErrors(ApiException e) {
        Map<String, Object> properties = e.toProblemDetail().getProperties();
        Object errors = properties == null ? null : properties.get("errors");
        return errors instanceof List<?> list && list.stream().allMatch(FieldError.class::isInstance) ? (List<FieldError>) list : List.of();
    }

    private static String message(ApiException e) {
        String type = String.valueOf(e.toProblemDetail().getType());
        if (type.endsWith("/idempotency-key-reused")) {
            return "This form already bought a shipment with another rate. Start a new shipment to buy another label.";
        }
        return e.getMessage();
    }
}
