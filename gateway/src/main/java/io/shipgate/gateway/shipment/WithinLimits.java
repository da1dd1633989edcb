package io.shipgate.gateway.shipment;

import io.shipgate.carrier.model.Codes;
import io.shipgate.carrier.model.DimensionUnit;
import io.shipgate.carrier.model.WeightUnit;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The value is within {@link Limits}: a weight, a parcel's dimensions, an amount of money, a date,
 * a customs declaration in one currency. Each violation names the offending component
 * ({@code value}, {@code length}, {@code amount}...). Null parts are left to {@code @NotNull}.
 * Every check compares magnitudes and scales only, so even {@code 1e999999999} is answered at once.
 */
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {WithinLimits.OfWeight.class, WithinLimits.OfDimensions.class, WithinLimits.OfMoney.class,
        WithinLimits.OfDate.class, WithinLimits.OfCustoms.class})
public @interface WithinLimits {

    String message() default "is out of bounds";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class OfWeight implements ConstraintValidator<WithinLimits, WeightView> {
        @Override
        public boolean isValid(WeightView weight, ConstraintValidatorContext context) {
            if (weight.value() == null || weight.unit() == null) {
                return true;
            }
            if (weight.value().multiply(weight.unit().grams()).compareTo(Limits.MAX_WEIGHT_GRAMS) > 0) {
                BigDecimal max = Limits.MAX_WEIGHT_GRAMS.divide(weight.unit().grams(), Limits.WEIGHT_DECIMALS, RoundingMode.DOWN);
                return Report.violation(context, "value", "must be at most " + max.stripTrailingZeros().toPlainString() + " "
                        + weight.unit() + (weight.unit() == WeightUnit.KG ? "" : " (1000 kg)"));
            }
            return Report.decimals(context, "value", weight.value(), Limits.WEIGHT_DECIMALS);
        }
    }

    class OfDimensions implements ConstraintValidator<WithinLimits, DimensionsView> {
        @Override
        public boolean isValid(DimensionsView dimensions, ConstraintValidatorContext context) {
            if (dimensions.unit() == null) {
                return true;
            }
            return side(context, "length", dimensions.length(), dimensions.unit())
                    & side(context, "width", dimensions.width(), dimensions.unit())
                    & side(context, "height", dimensions.height(), dimensions.unit());
        }

        private static boolean side(ConstraintValidatorContext context, String name, BigDecimal value, DimensionUnit unit) {
            if (value == null) {
                return true;
            }
            if (value.multiply(unit.millimetres()).compareTo(Limits.MAX_SIDE_MILLIMETRES) > 0) {
                BigDecimal max = Limits.MAX_SIDE_MILLIMETRES.divide(unit.millimetres(), Limits.DIMENSION_DECIMALS, RoundingMode.DOWN);
                return Report.violation(context, name, "must be at most " + max.stripTrailingZeros().toPlainString() + " " + unit
                        + (unit == DimensionUnit.CM ? "" : " (400 cm)"));
            }
            return Report.decimals(context, name, value, Limits.DIMENSION_DECIMALS);
        }
    }

    class OfMoney implements ConstraintValidator<WithinLimits, MoneyView> {
        @Override
        public boolean isValid(MoneyView money, ConstraintValidatorContext context) {
            OptionalInt currencyDecimals = Codes.decimalsOf(money.currency());
            if (money.amount() == null || currencyDecimals.isEmpty()) {
                return true; // @NotNull and @CurrencyCode say what is wrong
            }
            if (money.amount().compareTo(Limits.MAX_AMOUNT) > 0) {
                return Report.violation(context, "amount", "must be at most " + Limits.MAX_AMOUNT.toPlainString());
            }
            if (Limits.decimals(money.amount()) > currencyDecimals.getAsInt()) {
                return Report.violation(context, "amount", "must have at most " + currencyDecimals.getAsInt() + " decimals in " + money.currency());
            }
            return true;
        }
    }

    class OfDate implements ConstraintValidator<WithinLimits, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            if (date == null || !date.isBefore(Limits.EARLIEST_DATE) && !date.isAfter(Limits.LATEST_DATE)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be between " + Limits.EARLIEST_DATE + " and " + Limits.LATEST_DATE)
                    .addConstraintViolation();
            return false;
        }
    }

    /** Customs values add up, so every item is in the first item's currency. */
    class OfCustoms implements ConstraintValidator<WithinLimits, CustomsDeclarationView> {
        @Override
        public boolean isValid(CustomsDeclarationView customs, ConstraintValidatorContext context) {
            if (customs.items() == null || customs.items().isEmpty() || customs.items().getFirst() == null
                    || customs.items().getFirst().unitValue() == null) {
                return true;
            }
            String currency = customs.items().getFirst().unitValue().currency();
            if (currency == null) {
                return true;
            }
            boolean valid = true;
            for (int i = 1; i < customs.items().size(); i++) {
                CustomsItemView item = customs.items().get(i);
                if (item != null && item.unitValue() != null && item.unitValue().currency() != null
                        && !item.unitValue().currency().equals(currency)) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    context.buildConstraintViolationWithTemplate("must be " + currency + ", the currency of the first item")
                            .addPropertyNode("items")
                            .addPropertyNode("unitValue").inIterable().atIndex(i)
                            .addPropertyNode("currency")
                            .addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }

    /** Violations on a component of the checked value. */
    final class Report {
        private Report() {
        }

        static boolean decimals(ConstraintValidatorContext context, String property, BigDecimal value, int max) {
            return Limits.decimals(value) <= max || violation(context, property, "must have at most " + max + " decimals");
        }

        static boolean violation(ConstraintValidatorContext context, String property, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(property).addConstraintViolation();
            return false;
        }
    }
}
