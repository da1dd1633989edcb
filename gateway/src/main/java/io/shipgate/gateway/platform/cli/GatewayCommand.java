package io.shipgate.gateway.platform.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the gateway's jar that needs the whole application (its features' beans and configuration) but not its
 * web server or background work: {@code java -jar gateway.jar demo history ...}, {@code ... edd backtest ...}. A feature
 * declares one as a bean; {@link GatewayCommandLine} starts the application without the web server and runs it.
 */
public interface GatewayCommand {

    /** Its two words, e.g. {@code demo history}. */
    String name();

    /** Its usage line(s), after {@code java -jar gateway.jar }. */
    String usage();

    /**
     * Runs it with its arguments (after its two words; Spring's {@code --name=value} options removed).
     *
     * @throws IllegalArgumentException for wrong usage (the message is printed with the usage)
     */
    void run(List<String> arguments, PrintStream out);

    /** The value after {@code option} in {@code arguments} (e.g. {@code --tenant ID}), or null when absent. */
    static String option(List<String> arguments, String option) {
        int i = arguments.indexOf(option);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return arguments.get(i + 1);
    }

    /** Refuses options other than {@code known} (with a value each) and {@code flags}. */
    static void onlyOptions(List<String> arguments, List<String> known, List<String> flags) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (known.contains(argument)) {
                i++;
            } else if (!flags.contains(argument)) {
                throw new IllegalArgumentException("unknown option " + argument);
            }
        }
    }
}
