package io.shipgate.carrier.testkit;

import io.shipgate.carrier.spi.CarrierException;

import static org.assertj.core.api.Assertions.fail;

/** The robustness promise of every adapter: a carrier answer parses or raises a {@link CarrierException}, nothing else. */
public final class Robustness {

    private Robustness() {
    }

    /** Runs the parse; any exception other than {@link CarrierException} fails the test, naming the variant. */
    public static void parsesOrCarrierException(String variant, Runnable parse) {
        try {
            parse.run();
        } catch (CarrierException expected) {
            // a clear carrier failure is an acceptable answer to a broken payload
        } catch (RuntimeException | AssertionError e) {
            if (e instanceof AssertionError) {
                throw e;
            }
            fail("variant '" + variant + "' raised " + e.getClass().getName() + " instead of parsing or a CarrierException: "
                    + e.getMessage(), e);
        }
    }
}
